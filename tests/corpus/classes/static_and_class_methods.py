class Vec:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def zero(cls):
        return cls(0, 0)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    @staticmethod
    def dot(a, b):
        return a.x * b.x + a.y * b.y
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"
class Vec3(Vec):
    dims = 3
print(Vec.zero(), Vec3.zero(), Vec.from_tuple((1, 2)), Vec3.from_tuple([3, 4]))
print(Vec.dot(Vec(1, 2), Vec(3, 4)), Vec(0, 0).dot(Vec(1, 1), Vec(2, 2)))
class Config:
    _settings = {}
    @classmethod
    def set(cls, k, v):
        cls._settings[k] = v
        return cls
    @classmethod
    def get(cls, k):
        return cls._settings.get(k)
    @staticmethod
    def describe():
        return "static describe"
Config.set("a", 1).set("b", 2)
print(Config.get("a"), Config.get("b"), Config.get("c"), Config().describe(), Config.describe())
