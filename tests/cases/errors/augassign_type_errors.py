# Augmented assignment errors name the augmented operator, as CPython does.
cases = ["x = 1; x += None", "x = 1; x **= None", "x = 'a'; x += 1", "x = [1]; x *= 2.0",
         "x = 1; x @= 2", "x = 1; x @ 2", "x = 1; x //= 'a'", "x = (1,); x += [2]",
         "x = {1}; x -= [1]", "x = 2.5; x %= 'q'", "x = 1; x <<= 1.5", "x = None; x |= 1"]
for src in cases:
    try:
        exec(src)
    except TypeError as e:
        print(src, "->", e)
x = 5
x += None
