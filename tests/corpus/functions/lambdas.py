sq = lambda x: x * x
print(sq(9), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
print((lambda x, y=10: x + y)(5), (lambda x, *, y: x - y)(5, y=1))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(sq.__name__, type(sq).__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
