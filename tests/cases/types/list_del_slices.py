# del with slices of every step sign and size; a large prefix delete stays linear.
for sl in [slice(None, 5), slice(2, 9, 3), slice(None, None, -2), slice(8, 1, -3),
           slice(-3, None), slice(5, 2), slice(None, None, 4), slice(100, 200),
           slice(-100, 3), slice(None, None, -1), slice(1, None, 5)]:
    L = list(range(12))
    del L[sl]
    print(sl, L)
L = list(range(300000))
del L[:150000]
del L[::2]
print(len(L), L[:3], L[-1])
words = ["a", "b", "c", "d", "e"]
del words[1:4]
print(words)
