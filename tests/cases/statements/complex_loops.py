# Loops with flags, nested break/continue/else, loop variables after the loop, while with complex conditions.
def search(matrix, target):
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (i, j)
    return None
m = [[1, 2], [3, 4], [5, 6]]
print(search(m, 4), search(m, 7), search(m, 1))
n = 27
steps = 0
while n != 1 and steps < 1000:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps, n)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
result = []
for i in range(5):
    if i == 3:
        continue
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
else:
    print("unreachable")
print("final i", i)
for x in range(3):
    for y in range(3):
        if x == y == 1:
            print("found the center")
            break
    else:
        print("row", x, "complete")
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
        depth += 1
print("depth", depth)
