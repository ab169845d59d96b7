# Introspection attributes: __subclasses__, gi_frame, code object fields.
class Animal:
    pass


class Dog(Animal):
    pass


class Cat(Animal):
    pass


print([c.__name__ for c in Animal.__subclasses__()], Dog.__subclasses__())


def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    return inc


print(make_counter.__code__.co_varnames[:2], make_counter.__code__.co_argcount)
print(make_counter().__code__.co_freevars, make_counter.__code__.co_name)


def gen():
    yield 1


g = gen()
print(g.gi_frame is not None, g.gi_running)
list(g)
print(g.gi_frame is None)
