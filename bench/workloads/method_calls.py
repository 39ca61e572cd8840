# Class instances, attribute get/set, method calls, a little inheritance
# with super(), properties-free plain attributes, isinstance.


class Shape:
    def __init__(self, name):
        self.name = name
        self.scale = 1

    def area(self):
        return 0

    def grow(self, k):
        self.scale += k
        return self.scale


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * self.scale


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r * self.scale


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


ROUNDS = 100_000

shapes = []
for i in range(30):
    if i % 3 == 0:
        shapes.append(Rect(i, i + 1))
    elif i % 3 == 1:
        shapes.append(Square(i))
    else:
        shapes.append(Circle(i))

checksum = 0
v = Vec(0, 0)
step = Vec(1, 2)
for r in range(ROUNDS):
    for s in shapes:
        checksum += s.area()
        if isinstance(s, Rect):
            s.grow(1)
        else:
            s.grow(0)
    v = v.add(step)
    checksum += v.dot(step) + len(shapes[r % 30].name)
    if r % 1000 == 0:
        for s in shapes:
            s.scale = 1
    checksum %= 1_000_000_007

print(f"checksum={checksum} v=({v.x}, {v.y})")
