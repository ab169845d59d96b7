# Dict counting: word frequencies with get/setdefault, int keys and str keys, items iteration.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
counts = {}
x = 1
for i in range(1200000):
    x = (x * 69069 + 1) % 4294967296
    w = words[x % 10] + str(x % 97)
    counts[w] = counts.get(w, 0) + 1
buckets = {}
for w, n in counts.items():
    buckets.setdefault(n % 50, []).append(w)
ints = {}
for i in range(600000):
    k = (i * 7919) % 5003
    if k in ints:
        ints[k] += 1
    else:
        ints[k] = 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("checksum =", len(counts), top, len(buckets), sum(ints.values()), max(ints.values()))
