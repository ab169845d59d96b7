print("pkg_mod.shapes loading, __name__ =", __name__)
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
def unit():
    return Square(1)
