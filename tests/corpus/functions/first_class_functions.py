def apply(fn, *args):
    return fn(*args)
def square(x):
    return x * x
print(apply(square, 5), apply(max, 3, 9, 4), apply(len, "four"))
table = [square, abs, str, bool]
print([f(-3) for f in table])
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(lambda x: x + 1, square, str, len)
print(p(99))
print(square.__name__, callable(square), callable(5))
funcs = {"sq": square, "neg": lambda v: -v}
print(sorted(funcs), funcs["neg"](funcs["sq"](4)))
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__name__)
def f(): return 1
g = f
def f(): return 2
print(g(), f())
