# An exception escaping with finally blocks and context managers running on the way out.
class Guard:
    def __enter__(self):
        print("enter")
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        return False
def work():
    try:
        with Guard():
            [1, 2, 3][10]
    finally:
        print("finally runs")
print("start")
work()
