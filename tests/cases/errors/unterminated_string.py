# stderr-tail: 4
print("ok")
s = "never closed
print(s)
