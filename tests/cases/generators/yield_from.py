# yield from: delegation, return values, send passthrough, recursive generators.
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield "outer-end"
g = outer()
print(next(g))
print(g.send("sent"))
print(next(g))
print(next(g, "finished"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree_walk(node):
    if isinstance(node, list):
        for child in node:
            yield from tree_walk(child)
    else:
        yield node
print(list(tree_walk([1, [2, [3, 4], []], [[5]], 6])))
def flatten_depth(node, depth=0):
    if isinstance(node, tuple):
        for child in node:
            yield from flatten_depth(child, depth + 1)
    else:
        yield (node, depth)
print(list(flatten_depth(("a", ("b", ("c",)), "d"))))
def counter_gen(n):
    for i in range(n):
        yield i
    return n * 10
def summing():
    a = yield from counter_gen(2)
    b = yield from counter_gen(3)
    return a + b
s = summing()
items = []
while True:
    try:
        items.append(next(s))
    except StopIteration as e:
        print(items, "total", e.value)
        break
def delegate_throw():
    try:
        yield from catcher()
    except KeyError:
        yield "outer handled KeyError"
def catcher():
    try:
        yield "c1"
        yield "c2"
    except ValueError:
        yield "inner handled ValueError"
d = delegate_throw()
print(next(d), d.throw(ValueError()), d.throw(KeyError()))
def gen_from_gen_expr():
    yield from (i for i in range(3))
    return "done"
print(list(gen_from_gen_expr()))
