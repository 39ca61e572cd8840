class Plain:
    def __init__(self, v):
        self.v = v
p1, p2 = Plain(1), Plain(1)
d = {p1: "first", p2: "second"}
print(len(d), d[p1], d[p2], p1 == p2)
class Key:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Key{self.x, self.y}"
d = {Key(1, 2): "a"}
d[Key(1, 2)] = "b"
d[Key(2, 1)] = "c"
print(d, len(d), Key(1, 2) in d, Key(3, 3) in d)
s = {Key(0, 0), Key(0, 0), Key(1, 1)}
print(len(s))
class EqNoHash:
    def __eq__(self, o):
        return True
try:
    {EqNoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(EqNoHash.__hash__ is None)
print(hash(5) == hash(5), hash(Key(1, 2)) == hash(Key(1, 2)))
