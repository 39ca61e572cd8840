def show(**kw):
    return list(kw.items())
print(show(b=1, a=2, c=3))
base = {"x": 1, "y": 2}
print(show(**base, z=3))
print(show(**{"y": 0}, x=9))
def f(a, b=2, **rest):
    return a, b, rest
print(f(1, c=3, b=4, d=5))
print(f(**{"a": 10, "zz": 0}))
try:
    show(**base, x=5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: "a"})
except TypeError as e:
    print("TypeError:", e)
