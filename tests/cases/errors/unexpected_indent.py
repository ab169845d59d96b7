# stderr-tail: 4
print("a")
x = 1
    y = 2
print(x)
