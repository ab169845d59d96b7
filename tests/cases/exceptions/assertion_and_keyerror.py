# stderr-tail: 4
# An uncaught AssertionError with a message (the assert line itself is shown).
def check(values):
    total = sum(values)
    assert total < 10, "total too large: %d" % total
    return total
print(check([1, 2, 3]))
print(check([5, 6]))
