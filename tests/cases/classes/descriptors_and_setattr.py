class D:
    def __get__(self, obj, typ): return "from descriptor"
    def __set__(self, obj, v): obj.__dict__["_d"] = v
class A:
    d = D()
    def __init__(self): self.x = 1
a = A(); a.d = 5; print(a.d, a._d, a.x)
A.p = property(lambda self: "prop")
a.__dict__["p"] = "shadow"
print(a.p)
class S:
    def __setattr__(self, k, v): object.__setattr__(self, k, v * 2)
s = S(); s.v = 21; print(s.v)
