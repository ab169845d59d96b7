x = 1
def f():
    return x
print(f())
x = 2
print(f())
def g():
    return len([1, 2])
print(g())
len = lambda a: 99
print(g())
del len
print(g())
code = compile("def h(): return y\nr = h()", "<s>", "exec") if False else None
for i in range(3):
    ns = {"y": i}
    exec("def h():\n    return y\nr = h()", ns)
    print(ns["r"])
