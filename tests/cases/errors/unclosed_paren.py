# stderr-tail: 4
# A bracket left open at the end of the file.
print("before")
x = (1 +
     2
