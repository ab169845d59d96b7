# Comments, blank lines, implicit and explicit line joining, nested blocks, semicolons.
total = (1 +   # comment inside parentheses
         2 +
         3)
print(total)
items = [
    "a",
    "b",  # trailing comma follows
]
print(items)
config = {
    "x": 1,

    "y": 2,
}
print(config)
long_value = 1 + \
    2 + \
    3
print(long_value)
if True:
    # a comment at a deeper indentation

    x = 1
        # a comment at odd indentation
    y = 2
print(x, y)
a = 1; b = 2; c = a + b
print(a, b, c)
if a: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
def nested():
    for i in range(3):
        if i % 2 == 0:
            for j in range(2):
                if j:
                    print("deep", i, j)
                else:
                    pass
        else:
            continue
    return "done"
print(nested())
class K: pass
print(K.__name__)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
s = ("implicit "
     "concatenation "
     f"with {a}")
print(s)
print([x
       for x in range(3)
       if x])
	# a line indented with a tab that only holds a comment
print("end")
