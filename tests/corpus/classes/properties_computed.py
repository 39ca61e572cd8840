class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
    @property
    def is_square(self):
        return self.w == self.h
r = Rect(3, 4)
print(r.area, r.perimeter, r.is_square)
r.w = 4
print(r.area, r.perimeter, r.is_square)
class Lazy:
    def __init__(self):
        self._cache = None
        self.computed = 0
    @property
    def value(self):
        if self._cache is None:
            self.computed += 1
            self._cache = sum(range(1000))
        return self._cache
l = Lazy()
print(l.value, l.value, l.computed)
