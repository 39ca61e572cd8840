for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 10
print("big" if x > 5 else "small", x if x % 2 == 0 else -x)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
f = (lambda a: a * 2) if x > 0 else (lambda a: a)
print(f(21))
def side(v):
    print("side", v)
    return v
print(side(1) if side(True) else side(2))
print(side(1) if side(False) else side(2))
y = 1 if None else 2 if 0 else 3
print(y)
