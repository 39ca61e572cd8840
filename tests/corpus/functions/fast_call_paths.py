# The VM's inline call path (positional calls of plain functions, closures and functions with
# defaults) must behave exactly like the general binder, including its error messages.


def add(a, b=10, c=100):
    return a + b + c


print(add(1), add(1, 2), add(1, 2, 3))
print(add(*[5]), add(*(5, 6)))


def outer(n):
    def inner(x, k=2):
        return x * k + n

    return inner


f = outer(7)
print(f(1), f(1, 3))
print([outer(i)(i) for i in range(5)])


def counter():
    total = 0

    def bump(step=1):
        nonlocal total
        total += step
        return total

    return bump


b = counter()
print(b(), b(5), b())

# Defaults are evaluated once, at def time, and shared between calls.


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2))

# Mutating __defaults__ after definition is seen by later calls.


def g(a, b=1):
    return (a, b)


print(g(0))
g.__defaults__ = (42,)
print(g(0))

# Errors from the positional binder.
for call in (lambda: add(), lambda: add(1, 2, 3, 4), lambda: outer(1)(), lambda: g()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# A method with defaults, called through the method-call path.


class Walker:
    def __init__(self, name, speed=1.5):
        self.name = name
        self.speed = speed

    def step(self, n=1, scale=2):
        return self.speed * n * scale


w = Walker("npc")
print(w.step(), w.step(3), w.step(3, 10), Walker("x", 2).speed)
try:
    w.step(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

# Recursion through the fast path still hits the recursion limit cleanly.


def down(n, acc=0):
    return acc if n == 0 else down(n - 1, acc + 1)


print(down(500))
try:
    down(100000)
except RecursionError as e:
    print("RecursionError:", e)

# One attribute site that sees five classes (more than the cache's ways), plus a class that
# later grows a property for the same name.


class A:
    def __init__(self):
        self.v = 1


class B(A):
    def __init__(self):
        self.v = 2


class C:
    def __init__(self):
        self.v = 3


class D:
    def __init__(self):
        self.v = 4


class E:
    def __init__(self):
        self.v = 5


objs = [A(), B(), C(), D(), E()] * 4
print(sum(o.v for o in objs))
total = 0
for round_ in range(3):
    for o in objs:
        total += o.v
        o.v += 1
print(total)
E.v = property(lambda self: -1, lambda self, val: None)
print([o.v for o in objs[:5]])

# Strings built at run time compare and hash like literals.
keys = {"alpha": 1, "beta": 2}
built = "al" + "pha"
print(built == "alpha", built in keys, keys[built], hash(built) == hash("alpha"))
parts = {("b" + "eta"): 3, "".join(["g", "amma"]): 4}
print(sorted(parts.items()), "gamma" in parts, {"x" * 3, "xxx"})
