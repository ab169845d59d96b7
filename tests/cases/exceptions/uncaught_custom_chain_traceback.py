# Uncaught custom exception raised from another inside nested calls.
# stderr-tail: 16
class ParseError(Exception):
    pass


def parse_number(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e


def total(items):
    return sum(parse_number(x) for x in items)


print(total(["1", "2"]))
print(total(["3", "x4"]))
