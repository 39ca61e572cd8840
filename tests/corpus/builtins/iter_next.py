it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
it2 = iter(range(3))
print(iter(it2) is it2, list(it2))
class Countdown:
    def __init__(self):
        self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), 0)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
