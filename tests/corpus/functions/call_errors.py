def f(x):
    return x
def g(a, b):
    return a + b
def h(a, b=1, *, c):
    return a
def noargs():
    return 0
cases = [
    lambda: f(),
    lambda: g(1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: f(1, z=2),
    lambda: g(1, a=1),
    lambda: h(1),
    lambda: h(1, 2, 3),
    lambda: noargs(1),
    lambda: g(*[1], **{"a": 2}),
    lambda: h(b=2, c=3),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
class K:
    def method(self, x):
        return x
try:
    K().method()
except TypeError as e:
    print("TypeError:", e)
try:
    K().method(1, 2)
except TypeError as e:
    print("TypeError:", e)
