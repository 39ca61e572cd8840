import json
class Name(str):
    def __init__(self, v):
        self.orig = v
    def greet(self):
        return "hi " + self
n = Name("ann")
print(n.orig, n.greet(), "x" + n, n * 2, n[0], n[::-1], "a" in n, n.split("n"), f"{n:>5}|{n!r}")
print("-".join([n, "b"]), sorted([Name("b"), Name("a")]), {n: 1}, n.upper() == "ANN", n < "b", "b" > n)
print(str(n), type(str(n)).__name__, hash(n) == hash("ann"), n in {"ann": 0}, {"ann": 5}[n], json.dumps({n: n}))
print(isinstance(n, str), issubclass(Name, str), Name.__mro__, len(n), bool(Name("")), n.startswith("a"), n.count("n"))
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), c + 1, 1 + c, -c, abs(Celsius(-5)), round(Celsius(2.567), 1), int(c), c > 50, c == 100.0, f"{c:.2f}")
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError", e)
class Flags(int):
    def __repr__(self):
        return f"Flags({int(self):#x})"
    def __or__(self, o):
        return Flags(int(self) | int(o))
f = Flags(1) | Flags(4)
print(f, repr(f), f & 5, f << 2, str(f), hex(f), f"{f:08b}", "%d" % f, [0] * Flags(2), range(Flags(3)), divmod(f, 2), f ** 2)
class Vec(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self, o)))
    def __mul__(self, k):
        return Vec(*(a * k for a in self))
    def __repr__(self):
        return "Vec" + super().__repr__()
v = Vec(1, 2) + Vec(3, 4)
print(v, v * 3, len(v), v.count(4), v.index(6), list(v), tuple(v), v == (4, 6), hash(v) == hash((4, 6)), max(v), sum(v), v[-1])
print({v: "ok"}[(4, 6)], "%s-%s" % v, sorted([Vec(2, 1), Vec(1, 5)]), [*v], dict([Vec("k", 1)]))
class Tag(str):
    pass
t = Tag("x")
print(t, repr(t), type(t + "y").__name__, t.__class__.__name__, Tag("a") == Tag("a"), len({Tag("a"), "a"}))
class Big(int):
    pass
b = Big(10 ** 30)
print(b, b + 1, b // 7, type(b).__name__, b.bit_length(), Big("ff", 16), Big(), Big(3.9))
class E(bytes):
    pass
e = E(b"ab")
print(e, len(e), e.decode(), e + b"c", e[0])
