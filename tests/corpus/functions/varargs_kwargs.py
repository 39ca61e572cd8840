def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, a=3))
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3))
def describe(name, **attrs):
    parts = [f"{k}={v}" for k, v in attrs.items()]
    return name + "(" + ", ".join(parts) + ")"
print(describe("hero", hp=10, mp=5, level=3))
def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
args = (10, 20)
kwargs = {"c": 30, "z": 40}
print(mixed(*args, **kwargs))
def pass_through(*a, **k):
    return mixed(*a, **k)
print(pass_through(0, c=-1))
print(type(f()[0]).__name__, type(f()[1]).__name__)
