# raise SystemExit(code) from a nested function, through finally and with blocks.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__)
def deep():
    with CM():
        try:
            raise SystemExit(5)
        finally:
            print("finally in deep")
print("start")
deep()
