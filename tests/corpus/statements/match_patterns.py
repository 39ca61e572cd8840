from dataclasses import dataclass
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, c, r): self.center, self.r = c, r
    def __repr__(self): return f"Circle({self.center}, {self.r})"
def describe(cmd):
    match cmd:
        case []:
            return "empty"
        case ["go", direction]:
            return f"go {direction}"
        case ["pick", "up", *items] if items:
            return f"pick {items}"
        case ["drop", *rest]:
            return f"drop {rest}"
        case [x, y, *_, z]:
            return f"long {x} {y} ... {z}"
        case {"action": "move", "to": (a, b)}:
            return f"move to {a},{b}"
        case {"action": act, **others}:
            return f"action {act} {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return f"on axis {yy}"
        case Point(a, b) if a == b:
            return f"diag {a}"
        case Point():
            return "point"
        case Circle(Point(x, y), r=3):
            return f"circle r3 at {x},{y}"
        case Color.RED:
            return "red!"
        case 0 | 1 | 2:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | int():
            return f"number {cmd}"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case str(s):
            return f"short string {s}"
        case None:
            return "none"
        case True:
            return "true"
        case (1, 2) as pair:
            return f"pair {pair}"
        case _:
            return f"other {type(cmd).__name__}"
tests = [[], ["go", "north"], ["pick", "up", "sword", "key"], ["pick", "up"], ["drop"], [1, 2, 3, 4, 5], (7, 8, 9),
         {"action": "move", "to": (3, 4)}, {"action": "jump", "height": 2, "x": 1}, {"action": "move", "to": 5},
         Point(0, 0), Point(0, 5), Point(4, 0), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 3), Circle(Point(1, 1), 4),
         Color.RED, Color.GREEN, 0, 2, -5, 7, 2.5, "hello", "hi", None, True, False, (1, 2), "abc"[0:0], b"x"]
for t in tests:
    print(repr(t)[:40], "->", describe(t))
def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case code if 500 <= code < 600:
            return "server error"
    return "unknown"
print([http(s) for s in (200, 201, 404, 503, 302)])
for v in [[1, [2, 3]], [1, [2]], {"k": [1, {"z": None}]}]:
    match v:
        case [a, [b, c]]:
            print("nested", a, b, c)
        case {"k": [_, {"z": None}]}:
            print("deep none")
        case _:
            print("nomatch", v)
x = 5
match x:
    case 1:
        print("one")
print("done", x)
match (1, "a"):
    case (int() as i, str() as s):
        print(i, s)
