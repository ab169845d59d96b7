# Nested float loops: a Mandelbrot-style escape-time grid, float arithmetic and comparisons.
def mandel(w, h, max_iter):
    total = 0
    for j in range(h):
        y0 = -1.2 + 2.4 * j / h
        for i in range(w):
            x0 = -2.0 + 2.8 * i / w
            x = 0.0
            y = 0.0
            k = 0
            while k < max_iter and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                k += 1
            total += k
    return total
acc = 0.0
for i in range(1, 3000001):
    acc += 1.0 / (i * i)
print("mandel =", mandel(360, 240, 80), "basel = %.12f" % acc)
