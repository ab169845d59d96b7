"""Module docstring: first statement of the file."""
# pass, ..., docstrings on modules/classes/functions, empty bodies, global statements at module level.
def stub():
    ...
def stub2():
    pass
def documented(x):
    """Return x doubled.

    A second paragraph.
    """
    return 2 * x
class Empty:
    """An empty class with only a docstring."""
class WithPass:
    pass
print(stub(), stub2(), documented(4))
print(documented.__doc__.splitlines()[0], Empty.__doc__, WithPass.__doc__)
print(__doc__)
if True:
    pass
elif False:
    ...
else:
    pass
for _ in range(2):
    pass
while False:
    ...
try:
    pass
except Exception:
    pass
finally:
    pass
global_var = 1
def read():
    global global_var
    global_var += 1
    return global_var
print(read(), read(), global_var)
x = ...
print(x, type(x).__name__, x is Ellipsis, Ellipsis)
def gen():
    """Generators may have docstrings too."""
    yield 1
print(gen.__doc__, list(gen()))
class Meth:
    def m(self):
        "Single-quoted docstring."
        return self.m.__doc__
print(Meth().m())
