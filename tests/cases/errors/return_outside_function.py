# stderr-tail: 4
x = 5
if x:
    return x
