class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * self.k
m = Multiplier(3)
print(m(4), m("ab"), m.calls, callable(m), callable(Multiplier))
print(list(map(m, [1, 2, 3])))
class Fib:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.a, self.b, self.i = 0, 1, 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
print(list(Fib(10)))
f = Fib(3)
it = iter(f)
print(it is f, next(it), next(it), next(it), next(it, "done"))
