# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(4), range(5), range(6)))))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3))[:4], len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement("ab", 3)))
print(list(combinations([], 0)), list(combinations("ab", 3)), list(permutations([])))
print(["".join(p) for p in permutations("xyz", 3) if p[0] != "y"])
sums = {}
for dice in product(range(1, 7), repeat=2):
    sums[sum(dice)] = sums.get(sum(dice), 0) + 1
print(sums)
print(sum(1 for c in combinations(range(20), 3) if sum(c) % 7 == 0))
print(max(permutations([3, 1, 2]), key=lambda p: p[0] * 10 + p[1]))
