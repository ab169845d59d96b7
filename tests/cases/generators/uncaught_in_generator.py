# stderr-tail: 8
# An exception raised inside a generator propagates to the consumer with both frames in the traceback.
def parse(lines):
    for line in lines:
        yield int(line)

for v in parse(["1", "2", "x3"]):
    print(v)
