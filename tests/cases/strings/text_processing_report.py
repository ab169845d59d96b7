# Everyday text processing: word counts, tables, CSV-ish parsing.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness...
"""
words = [w.strip(".,;!?").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<10}|{n:>3}|{'#' * n}")
print(len(words), len(freq), text.count("\n"), text.splitlines()[1][:12])
csv = "name,age,city\nAnn,30,Oslo\nBob,,Rome\n  Cy , 7 ,Paris  \n"
lines = csv.strip().split("\n")
header = lines[0].split(",")
rows = [dict(zip(header, (f.strip() for f in line.split(",")))) for line in lines[1:]]
print(rows)
for r in rows:
    age = int(r["age"]) if r["age"] else None
    print("{name:>5} {age!s:>5} {city:^7}|".format(name=r["name"], age=age, city=r["city"]))
print("%-6s%6.1f%%" % ("rate", 12.345), "%05.1f" % 3.14159, "%+.2e" % -0.000123)
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
w = max(len(t[0]) for t in table)
print("-" * (w + 18))
for name, price, qty in table:
    print(f"{name:{w}} {price:6.2f} {qty:3d} {price * qty:6.2f}")
print(f"{'total':{w}} {sum(p * q for _, p, q in table):>17.2f}")
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
print(" ".join(w.capitalize() for w in "the QUICK brown".split()), "snake_case_name".title().replace("_", ""))
acr = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acr, "-".join(reversed("2024-01-31".split("-"))), "a b".center(9, "."))
print("{:08.3f}|{:<8}|{:>+8}|{:^8x}".format(-3.14159, "ab", 42, 255))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, sorted(set(text.lower()) & set("aeiou")), text.find("worst"), text.rfind("it"))
