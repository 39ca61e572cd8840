class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        print("rmul called")
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 5)
print(a + b, b - a, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, -a)
print(a + b == Vec(4, 7), a == (1, 2))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
