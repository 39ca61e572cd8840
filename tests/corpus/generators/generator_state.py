def stateful():
    x = yield "first"
    print("got", x)
    y = yield "second"
    print("got", y)
    yield x + y
g = stateful()
print(g.send(None))
print(g.send(3))
print(g.send(4))
print(next(g, "default when done"))
def squares(limit):
    n = 0
    while n < limit:
        yield n * n
        n += 1
s = squares(4)
print(list(s), list(s))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "end"))
def gen_exc():
    yield 1
    raise ValueError("inside generator")
g = gen_exc()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "closed after exception"))
def lazy():
    print("body started")
    yield 1
g = lazy()
print("created, not started")
print(next(g))
