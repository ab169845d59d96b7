# Indentation: different consistent widths per block, tabs in their own blocks, dedent to several levels at once.
def two():
  if True:
    return "two spaces"
def eight():
        for i in range(1):
                if i == 0:
                        return "eight spaces"
def tabs():
	x = 1
	if x:
		return "tabs"
def many_dedent():
    for i in range(2):
        for j in range(2):
            if i == j == 1:
                return "deep"
    return "not found"
print(two(), eight(), tabs(), many_dedent())
class C:
 def m(self):
  return "one space"
print(C().m())
if True:
    if True:
        if True:
            a = 1
b = 2
print(a, b)
x = [
  1,
      2,
 3,
]
print(x)
def after_blank_lines():


    return "blank lines inside a block are ignored"
print(after_blank_lines())
