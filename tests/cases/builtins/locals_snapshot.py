def f(a, b=2):
    c = a + b
    def g():
        return c
    return sorted(locals().items(), key=lambda kv: kv[0])[:3]
print(f(1))
class K:
    x = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
print("f" in locals(), type(locals()).__name__)
