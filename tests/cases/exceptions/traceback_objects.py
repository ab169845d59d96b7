# Traceback objects: e.__traceback__, sys.exc_info()[2], tb_next chains, frames and code fields.
import os
import sys


def inner(x):
    return 10 // x


def middle(x):
    return inner(x) + 1


def outer(x):
    return middle(x) * 2


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb is sys.exc_info()[2], type(tb).__name__)
    chain = []
    while tb is not None:
        f = tb.tb_frame
        chain.append((f.f_code.co_name, tb.tb_lineno, os.path.basename(f.f_code.co_filename)))
        tb = tb.tb_next
    for c in chain:
        print(c)

e = ValueError("fresh")
print(e.__traceback__)
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_varnames, code.co_firstlineno)


def gen(n):
    for i in range(n):
        yield i


g = gen(3)
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
next(g)
print(g.gi_frame.f_code.co_name)
for _ in g:
    pass
print(g.gi_frame)
print([c.__name__ for c in Exception.__subclasses__() if c.__name__ == "Nope"])
class Base: pass
class A(Base): pass
class B(Base): pass
print([c.__name__ for c in Base.__subclasses__()])
