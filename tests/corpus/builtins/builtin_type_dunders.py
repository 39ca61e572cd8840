# dunder methods of builtin types used explicitly
print((1).__add__(2), (5).__sub__(7), (3).__mul__(4), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10), (7).__truediv__(2))
print((1).__add__(1.5), (1.5).__add__(1), (3).__radd__(4), (10).__rsub__(3), int.__add__(20, 22), float.__mul__(1.5, 2))
print((5).__lt__(6), (5).__eq__(5), (5).__ne__(5), (5).__ge__(9), "a".__lt__("b"), (1, 2).__eq__((1, 2)))
print((-5).__neg__(), (-5).__abs__(), (5).__invert__(), (3.7).__int__(), (3).__float__(), (2.5).__round__(), (2.675).__round__(2))
print((0).__bool__(), (12).__and__(10), (12).__or__(3), (1).__lshift__(5), (9).__index__(), (7.9).__trunc__(), (-7.5).__floor__(), (7.2).__ceil__())
print("ab".__len__(), "abc".__getitem__(1), "abc".__contains__("bc"), "ab".__add__("cd"), "ab".__mul__(3), "%d-%s".__mod__((1, "x")))
print((1, 2, 3).__len__(), (1, 2).__getitem__(-1), (1, 2).__contains__(3), (1,).__add__((2,)), frozenset({1}).__len__(), {1, 2}.__contains__(2))
print({1, 2}.__or__({3}), {1, 2}.__and__({2}), {1, 2}.__sub__({1}), range(5).__len__(), range(10).__getitem__(3), range(3).__contains__(2))
print(list("xy".__iter__()), list((1, 2).__iter__()), (42).__repr__(), (2.5).__str__(), "q".__repr__(), (1, "a").__repr__(), (255).__format__("x"))
print((3).__hash__() == hash(3), "s".__hash__() == hash("s"), (1, 2).__hash__() == hash((1, 2)))
print(list(map(str.__len__, ["a", "bbb"])), list(map(int.__mul__, [1, 2], [3, 4])), sorted(["b", "A", "c"], key=str.__len__))
print(str.__name__, int.__add__.__name__, len.__qualname__, str.join.__qualname__, hasattr("x", "__iter__"), hasattr(5, "__len__"))
print((1).__add__("x"), (1).__eq__("1"), (1.5).__lt__("x"))
print((258).to_bytes(2, "big"), (258).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(3, "big"))
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes([1, 0, 0], "little"))
for args in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True)]:
    try:
        args[0].to_bytes(args[1], args[2], signed=args[3])
    except OverflowError as e:
        print("OverflowError:", e)
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money): return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other): return self if other == 0 else NotImplemented
    def __repr__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
print(sum([Money(150), Money(275), Money(5)]), (0).__add__(Money(1)))
