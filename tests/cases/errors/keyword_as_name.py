# stderr-tail: 4
def f(x):
    class = x
    return class
