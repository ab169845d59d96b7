# sorted/list.sort: stability, key functions, reverse stability, tuples, mixed-type errors.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data))
print(sorted(sorted(data, key=lambda p: p[0]), key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 2, n)), sorted(nums, reverse=True))
lst = list(nums)
lst.sort(key=lambda n: -n)
print(lst, sorted([]), sorted([1]), sorted("bca"), sorted((3, 1, 2)))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted([(1, "b"), (1, "a", 0), (0,)]))
print(sorted([0.5, -1, 3, 2.25, True]), sorted({"x": 1, "a": 2}.items(), key=lambda kv: kv[1]))
big = [(i * 7919) % 1009 for i in range(2000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)), sum(s))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
