# Nested classes, class-level state shared by instances, class methods that build instances,
# methods calling other methods, __class__, and instance attribute shadowing.
class Shop:
    class Item:
        def __init__(self, name, price):
            self.name, self.price = name, price
        def __repr__(self):
            return "Item(%s, %.2f)" % (self.name, self.price)
    tax = 0.1
    registry = {}
    def __init__(self, name):
        self.name = name
        self.items = []
        Shop.registry[name] = self
    def add(self, name, price):
        self.items.append(self.Item(name, price))
        return self
    def subtotal(self):
        return sum(i.price for i in self.items)
    def total(self):
        return round(self.subtotal() * (1 + self.tax), 2)
    @classmethod
    def find(cls, name):
        return cls.registry.get(name)
s1 = Shop("north").add("pen", 1.5).add("book", 12.0)
s2 = Shop("south").add("lamp", 30.0)
print(s1.items, s1.subtotal(), s1.total(), s2.total())
s2.tax = 0.2
print(s2.total(), s1.total(), Shop.tax)
Shop.tax = 0.0
print(s1.total(), s2.total())
print(Shop.find("north") is s1, Shop.find("west"), sorted(Shop.registry))
print(type(s1.items[0]).__name__, Shop.Item.__name__, s1.__class__ is Shop, s1.__class__.__name__)
class Node:
    count = 0
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
        Node.count += 1
        self.id = Node.count
    def __iter__(self):
        node = self
        while node:
            yield node.val
            node = node.nxt
    def reverse(self):
        prev, cur = None, self
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        return prev
lst = Node(1, Node(2, Node(3, Node(4))))
print(list(lst), Node.count, lst.id)
r = lst.reverse()
print(list(r), list(lst))
class Config:
    defaults = {"debug": False, "level": 1}
    def __init__(self, **overrides):
        self.values = dict(self.defaults)
        self.values.update(overrides)
    def __getitem__(self, k):
        return self.values[k]
c = Config(level=3)
print(c["level"], c["debug"], Config.defaults, Config()["level"])
