# if/elif/else, while/else, for/else, break, continue, pass, nested loops.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42)])
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
else:
    print("while-else not reached")
j = 0
while j < 3:
    j += 1
else:
    print("while-else reached", j)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime", n)
for x in []:
    print("never")
else:
    print("for-else on empty")
for x in range(3):
    pass
print("x after loop", x)
total = 0
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        total += a * b
print("total", total)
found = None
for word in ["apple", "banana", "cherry"]:
    if "n" in word:
        found = word
        break
print(found)
count = 0
while True:
    count += 1
    if count >= 7:
        break
print(count)
if []:
    print("empty list is truthy?")
elif {}:
    print("no")
else:
    pass
print("done")
k = 10
while k:
    k //= 3
    print("k", k)
