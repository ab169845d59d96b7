# More random: large seeds, negative seeds, bulk streams, choices with weights, expovariate, triangular.
import random
for seed in (0, 1, -5, 2 ** 40, 10 ** 30, 123456789):
    random.seed(seed)
    print(seed, random.random(), random.randint(-10, 10))
random.seed(1)
print(sum(random.random() for _ in range(10000)))
print([random.randrange(-100, 100) for _ in range(8)])
print(random.choices("abc", k=8))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=5))
print([round(random.expovariate(1.5), 12) for _ in range(3)])
print([round(random.triangular(0, 10, 3), 12) for _ in range(3)])
print([round(random.betavariate(2, 3), 12) for _ in range(2)])
print([round(random.normalvariate(0, 1), 12) for _ in range(2)])
deck = [r + s for s in "SH" for r in "A23"]
random.shuffle(deck)
print(deck)
print(random.sample(deck, k=3), random.sample(range(10 ** 9), 3))
random.seed(5)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts)
random.seed(31337)
print(random.random(), random.getrandbits(8))
