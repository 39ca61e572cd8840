x = 5
print(-x, +x, ~x, not x, -(-x), ~~x, - -x)
print(-0, -0.0, +(-3), ~-6, -(2 ** 65), ~(2 ** 65))
print(-True, +True, ~True, ~False)
print(not not 0, not not 3)
print(-3.5, +2.5, abs(-2.5))
class V:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return V(-self.v)
    def __pos__(self):
        return V(self.v + 100)
    def __invert__(self):
        return V(self.v * 10)
    def __abs__(self):
        return V(abs(self.v) + 0.5)
    def __repr__(self):
        return f"V({self.v})"
print(-V(3), +V(3), ~V(3), abs(V(-3)))
try:
    print(-"s")
except TypeError as e:
    print(e)
try:
    print(~1.5)
except TypeError as e:
    print(e)
