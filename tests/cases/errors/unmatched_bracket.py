# stderr-tail: 4
values = [1, 2, 3]]
