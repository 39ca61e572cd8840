from collections import namedtuple, deque, OrderedDict, defaultdict
P = namedtuple("P", "x y")
def f(v):
    match v:
        case P(x=0): return "p x0"
        case P(a, b): return f"p {a} {b}"
        case deque() if len(v) > 2: return f"deque {list(v)}"
        case [1, *r]: return f"seq {r}"
        case {"k": 1}: return "map k1"
        case OrderedDict(): return "odict"
        case {}: return f"any mapping {len(v)}"
        case "a" | "b" as ch: return "ch " + ch
        case [*_]: return "other seq"
        case -1: return "minus one"
        case 1.5: return "one and half"
        case b"x": return "bytes x"
    return "none"
for v in [P(0, 1), P(2, 3), deque([1, 2, 3]), (1,), [1, 2], {"k": 1, "z": 2}, OrderedDict(a=1), defaultdict(int), {"q": 1},
          "a", "b", "c", "ab", range(3), -1, 1.5, b"x", 3]:
    print(repr(v), f(v))
class Tree:
    __match_args__ = ("left", "val", "right")
    def __init__(self, l, v, r): self.left, self.val, self.right = l, v, r
def total(t):
    match t:
        case None: return 0
        case Tree(l, v, r): return total(l) + v + total(r)
print(total(Tree(Tree(None, 1, None), 2, Tree(Tree(None, 3, None), 4, None))))
def simplify(e):
    match e:
        case ("+", 0, x) | ("+", x, 0): return simplify(x)
        case ("*", 1, x) | ("*", x, 1): return simplify(x)
        case ("*", 0, _) | ("*", _, 0): return 0
        case (op, a, b): return (op, simplify(a), simplify(b))
        case _: return e
print(simplify(("+", ("*", 1, "x"), ("*", "y", 0))), simplify(("-", ("+", 0, 5), 2)))
for cmd in ["quit", "look", "go north", "take lamp key", "drop", ""]:
    match cmd.split():
        case ["quit"]: print("bye")
        case ["look"]: print("you see a room")
        case ["go", ("north" | "south") as d]: print("going", d)
        case ["take", *things]: print("taking", things)
        case [verb]: print("can't", verb, "alone")
        case []: print("say something")
def g(x):
    match x:
        case int() | float() if x > 100:
            return "big"
        case bool():
            return "bool"
        case int(): return "int"
        case str(s) if s.isdigit(): return "digits"
        case {"type": "circle", "r": r, **rest} if not rest: return f"circle {r}"
        case {"type": t, **rest}: return f"{t} {sorted(rest)}"
        case list([int(), int()]): return "two ints"
    return "?"
print([g(v) for v in [500, True, 3, "12", "ab", {"type": "circle", "r": 2}, {"type": "circle", "r": 2, "c": 1}, [1, 2], [1, "a"]]])
y = 0
match [1, 2]:
    case [y, 3]: pass
    case _: pass
print("y after failed", y)
class C:
    a = 1
try:
    match C():
        case C(1): pass
except TypeError as e: print("TE", e)
try:
    match 5:
        case 5.0 | "x": print("float eq int")
except Exception as e: print(e)
