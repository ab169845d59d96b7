# Helper module (not a case: its name ends in _mod). Imported by tests in this folder.
print("helper_mod loading, __name__ =", __name__)
CONST = 42
_private = "hidden"
counter = 0
def greet(name):
    return "hello from helper_mod, " + name
def bump():
    global counter
    counter += 1
    return counter
class Widget:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Widget(%d)" % self.n
if __name__ == "__main__":
    print("helper_mod run as a script")
