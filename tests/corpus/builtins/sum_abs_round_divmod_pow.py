print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum(range(5), start=100), sum([[1], [2]], []))
print(sum([1.5, 2, 2 ** 64]), sum((x * x for x in range(4))))
print(abs(-7), abs(7), abs(-2.5), abs(0), abs(-(2 ** 80)), abs(-0.0), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(7), round(-7.7))
print(round(1234.5678, 2), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(1e20), round(5, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 65, 7))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(7, 2 ** 20, 13), pow(-2, 3, 5), pow(2.0, 3))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
