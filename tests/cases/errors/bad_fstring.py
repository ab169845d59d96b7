# stderr-tail: 4
name = "x"
print(f"{name")
