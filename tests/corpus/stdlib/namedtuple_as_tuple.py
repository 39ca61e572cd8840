from collections import namedtuple
import json, copy
P = namedtuple("P", "x y")
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0])
for f in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, y=2, z=3), lambda: P(1, x=2), lambda: Q(),
          lambda: Q(1, 2, 3, 4), lambda: P(), lambda: P._make([1]), lambda: P(1, 2)._replace(z=1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = P(1, 2)
print(isinstance(p, tuple), p + (3,), P._make([5, 6]), p * 2, p[::-1], p.count(1), p.index(2))
print(p == (1, 2), p < P(1, 3), hash(p) == hash((1, 2)), {p: "a"}[(1, 2)], len(p), list(reversed(p)))
print(json.dumps({"p": p}), copy.copy(p), copy.deepcopy(Q(1, [2])), Q(1, 2), Q._field_defaults, Q._fields)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError", e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, Vec.__mro__[1].__name__, sorted([Vec(2, 0), Vec(1, 5)]))
x, y = v
print(x, y, "%d,%d" % v, "{0.x}/{0.y}".format(v), f"{v.x:>3}")
match v:
    case Vec(x, y) if x > y:
        print("x bigger")
    case Vec(x=xx, y=yy):
        print("y bigger", xx, yy)
R = namedtuple("R", "ok def _x", rename=True)
print(R._fields, R(1, 2, 3))
for bad in [("A", "x x"), ("A", "_x"), ("1A", "x"), ("A", "class-y"), ("A", "x def")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
Card = namedtuple("Card", "rank suit")
deck = [Card(r, s) for s in "SH" for r in (2, 11, 14)]
print(max(deck), min(deck, key=lambda c: (c.suit, -c.rank)), sorted(deck)[:3])
