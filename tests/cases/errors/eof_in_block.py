# stderr-tail: 4
print("never runs")
def incomplete():
