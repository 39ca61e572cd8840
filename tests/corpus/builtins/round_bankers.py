for v in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 5.5, 6.5]:
    print(v, round(v))
for v, nd in [(2.675, 2), (2.665, 2), (0.15, 1), (0.25, 1), (0.35, 1), (1.25, 1), (12.5, -1), (15, -1), (25, -1), (-25, -1), (1.23456789, 5)]:
    print(v, nd, round(v, nd))
print(round(10 ** 20 + 0.5), round(-3), round(7.0), round(2 ** 70, -20))
print(type(round(7.0)).__name__, type(round(7.25, 1)).__name__, type(round(7, 1)).__name__)
