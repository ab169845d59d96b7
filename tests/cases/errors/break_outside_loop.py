# stderr-tail: 4
def f():
    break
