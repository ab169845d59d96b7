# stderr-tail: 4
x = 1
s = """this string
goes on
and on
