# stderr-tail: 4
def f():
    if True:
	return 1
