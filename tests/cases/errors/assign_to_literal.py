# stderr-tail: 4
a = 1
1 = a
