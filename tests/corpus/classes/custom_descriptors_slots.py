class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v

class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @Lazy
    def norm(self):
        print("computing")
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p.x, p.y, p.norm, p.norm)
try:
    p.x = "a"
except TypeError as e:
    print(e)
print(type(Point.x).__name__)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
s = Slotted(1)
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError", e)

class Const:
    def __get__(self, obj, cls):
        return 42
class C:
    v = Const()
print(C.v, C().v)

class Validated:
    def __set_name__(self, owner, name):
        self.pub = name
    def __get__(self, obj, cls=None):
        return obj.__dict__.get(self.pub, 0)
    def __set__(self, obj, val):
        obj.__dict__[self.pub] = max(0, val)
    def __delete__(self, obj):
        print("deleting", self.pub)
class Acc:
    bal = Validated()
a = Acc()
a.bal = -5
print(a.bal)
a.bal = 10
print(a.bal)
del a.bal
