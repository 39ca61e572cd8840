print(2 ** 10, 2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** -3)
print(10 ** -3, 0 ** 5, 5 ** 0, (-1) ** 1001)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(7 ** 77)
print(pow(3, 200), pow(3, 200, 1000), pow(-3, 3, 7), pow(3, -1, 7))
print(4 ** 0.5, 2.0 ** 10, 1.5 ** 2, 10 ** 0.0)
# (-8) ** (1 / 3) is complex in CPython; complex numbers are outside the Cloaca subset.
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__)
x = 3
x **= 4
print(x)
print(2 ** 62 * 2 ** 62)
print((-3) ** 40, -3 ** 40)
