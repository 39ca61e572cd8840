class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "a")
print(p)
print(repr(p), str(p))
print([p, p])
print({"k": p})
print(f"{p} {p!r}")
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, str(o), repr(o).startswith("<__main__.OnlyStr object at "))
print("%s and %r" % (p, p))
