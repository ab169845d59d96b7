from .shapes import Square
def total_area(sizes):
    return sum(Square(s).area() for s in sizes)
