import functools
from typing import NamedTuple, Optional
class A:
    def __init__(self, base):
        self.base = base
    @functools.cached_property
    def val(self):
        print("compute", self.base)
        return self.base * 2
a = A(21)
print(a.val, a.val, "val" in vars(a))
b = A(1)
print(b.val, a.val)
class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p, p.x, p.y, p.label, p.dist2(), p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults)
print(p == (3, 4, None), isinstance(p, tuple), len(p), p[0], list(p), sorted([Point(2), Point(1, 9)]))
x, y, lab = p
print(x, y, lab, Point._make([7, 8, "z"]), hash(p) == hash((3, 4, None)))
match p:
    case Point(x=3, y=yy):
        print("matched y", yy)
for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((1,), {"x": 2}), ((1,), {"z": 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError")
class Emp(NamedTuple):
    name: str
    dept: str
    salary: float
staff = [Emp("ann", "eng", 120.0), Emp("bob", "ops", 90.5), Emp("cy", "eng", 101.25)]
print(max(staff, key=lambda e: e.salary).name, sorted(staff, key=lambda e: (e.dept, -e.salary)))
print({e.name: e.salary for e in staff}, staff[1])
