# stderr-tail: 4
x = 12abc
