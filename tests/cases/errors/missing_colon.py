# stderr-tail: 4
for i in range(3)
    print(i)
