def repeat(n):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def tag(name):
    def deco(fn):
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("styled"))
order = []
def mark(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def target():
    return "target"
print(target(), order)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(90))
class Plugin:
    registry = {}
    @staticmethod
    def register(name):
        def deco(cls):
            Plugin.registry[name] = cls
            return cls
        return deco
@Plugin.register("fire")
class FireSpell:
    pass
print({k: v.__name__ for k, v in Plugin.registry.items()})
