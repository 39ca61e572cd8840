class P:
    def __repr__(self):
        return "P(repr)"
    def __str__(self):
        return "P(str)"
    def __format__(self, spec):
        return "P(format:" + spec + ")"

p = P()
print(f"{p}")
print(f"{p!s}")
print(f"{p!r}")
print(f"{p:xyz}")
print(f"{p!r:>12}|")
print(f"{p!s:<10}|")
s = "quote'\"é"
print(f"{s!r}")
print(f"{s!a}")
print(f"{[s]}")
print(f"{None} {True} {None!r}")
print(f"{3!r} {3.5!s}")
print(format(p, "abc"), str(p), repr(p))
print("{!r} {!s}".format(p, p))
