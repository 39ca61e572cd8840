class Color(tuple):
    def __new__(cls, r, g, b):
        return super().__new__(cls, (r, g, b))
    @property
    def r(self):
        return self[0]
    def hex(self):
        return "#%02x%02x%02x" % self
c = Color(255, 128, 0)
print(c, c.r, c.hex(), len(c), isinstance(c, tuple), c == (255, 128, 0))
r, g, b = c
print(r, g, b, c[1:], type(c).__name__)

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, repr(n), n.shout(), n + "x", isinstance(n, str), len(n), n == "bob")
d = {n: 1}
print(d["bob"])

class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
m = Meters(2.5)
print(m, repr(m), m * 2, isinstance(m, float))

class Level(int):
    def next(self):
        return Level(self + 1)
lv = Level(3)
print(lv, lv.next(), lv + 10, isinstance(lv, int), [0,1,2,3,4][lv])

class Pt(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def __repr__(self):
        return f"Pt({self[0]}, {self[1]})"
    def __add__(self, o):
        return Pt(self[0] + o[0], self[1] + o[1])
print(Pt(1, 2) + Pt(3, 4), sorted([Pt(3, 1), Pt(1, 2)]))

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("hello")
print(u, u.lower(), type(u.lower()).__name__, type(u).__name__)
