# stderr-tail: 9
# Traceback lines with 3.11 caret markers under the failing sub-expression.
def divide(a, b):
    return a + a / b

data = {"x": 1}
def lookup(key):
    return data["x"] + data[key]

print(divide(1, 2))
print(lookup("y"))
