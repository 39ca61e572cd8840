class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a == "1.2", a != "x")
print(sorted([Version(2), Version(1, 5), Version(1, 2, 3)]))
print(max(a, b), min([b, a]))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"lt({self.v},{other.v})")
        return self.v < other.v
print(OnlyLt(1) < OnlyLt(2))
print(OnlyLt(5) > OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
class NoEq:
    pass
n = NoEq()
print(n == n, n == NoEq(), n != NoEq())
