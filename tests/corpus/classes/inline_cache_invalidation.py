# The VM caches attribute, method and global lookups per instruction. Every way a cached
# answer can go stale must be noticed: class attributes gaining a property or a __setattr__,
# instance attributes shadowing methods or being deleted, several classes at one site, and
# globals shadowing builtins (and going away again).


class A:
    def __init__(self):
        self.x = 1
        self.y = 2.5

    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f"


class C(A):
    pass


def get(o):
    return o.x


def put(o, v):
    o.x = v


def call(o):
    return o.f()


a = A()
for i in range(3):
    put(a, i)
    print(get(a))

A.x = property(lambda self: "from property")
print(get(a))
try:
    put(a, 5)
except AttributeError:
    print("read-only property")
del A.x
print(get(a))
put(a, 9)
print(get(a))


def logging_setattr(self, k, v):
    print("setattr", k, v)
    object.__setattr__(self, k, v)


A.__setattr__ = logging_setattr
put(a, 10)
print(get(a))
del A.__setattr__
put(a, 11)
print(get(a))

del a.x
try:
    print(get(a))
except AttributeError as e:
    print("AttributeError:", e)

# One site, several classes (and instance dicts laid out differently).
b = B()
c = C()
c.extra = "first"
c.x = "c's x"
objs = [A(), b, c, A(), b]
for _ in range(2):
    print([get(o) for o in objs], [call(o) for o in objs])

objs[0].f = lambda: "instance attribute"
print([call(o) for o in objs])
A.f = lambda self: "A.f replaced"
print([call(o) for o in objs])
del objs[0].f
print([call(o) for o in objs])


# Builtins shadowed by globals, then unshadowed.
def length(xs):
    return len(xs)


print(length([1, 2]))
len = lambda xs: "shadowed"
print(length([1, 2]))
del len
print(length([1, 2, 3]))

for i in range(3):
    print(abs(-i), max(i, 1))
abs = str
for i in range(2):
    print(repr(abs(i)))
del abs
print(abs(-4))


# Methods of builtin types through the same cache.
class L(list):
    def append(self, v):
        super().append(v * 2)


for lst in [[], L(), []]:
    lst.append(3)
    print(lst)
