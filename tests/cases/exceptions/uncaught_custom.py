# A custom exception escaping the program: only the last line is checked, plus exit 1.
class InventoryError(Exception):
    pass
stock = {"apples": 3}
def take(item, n):
    if stock.get(item, 0) < n:
        raise InventoryError("not enough %s: have %d, want %d" % (item, stock.get(item, 0), n))
    stock[item] -= n
take("apples", 2)
print("took 2, left", stock["apples"])
take("apples", 5)
