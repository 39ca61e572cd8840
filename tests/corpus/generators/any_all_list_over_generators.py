# any(), all() and list() over generators: early exits leave the generator suspended where it
# stopped, values whose truth needs __bool__/__len__, errors inside the generator, exhausted
# generators, yield from, and calls where the result is not simply pushed.


def count(n, log=None):
    for i in range(n):
        if log is not None:
            log.append(i)
        yield i


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  bool of", self.on)
        return self.on


class Bag:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


log = []
g = count(10, log)
print(any(x > 3 for x in g), log, next(g))
log = []
g = count(10, log)
print(all(x < 3 for x in g), log, list(g))
print(any(count(0)), all(count(0)), any(x for x in [0, 0.0, "", None]), all(count(1)))
print(any(x for x in [0, [], (), "x"]), all(x for x in [1, "a", [0], 2**70]))

print(any(Flag(f) for f in [False, True, False]))
print(all(Flag(f) for f in [True, False, True]))
print(any(Bag(n) for n in [0, 0, 2]), all(Bag(n) for n in [1, 0]))
print(any(x for x in [0, Flag(False), 1]), all(x for x in [1, Flag(True), 0]))


def boom(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i


for f in (any, all, list):
    try:
        print(f(boom(5)))
    except KeyError as e:
        print(f.__name__, "KeyError", e)

print(list(count(5)), list(x * x for x in range(4)), list(count(0)))
g = count(6)
print(next(g), list(g), list(g))


def chained():
    yield from count(3)
    yield from [7, 8]
    return "done"


print(list(chained()), any(x == 8 for x in chained()), all(x < 8 for x in chained()))


def guarded(out):
    try:
        yield 1
        yield 2
    finally:
        out.append("closed")


out = []
print(list(guarded(out)), out)

print(sorted([count(3), count(1)], key=list) != [], list(map(list, [count(2), count(3)])))
print([any(count(n)) for n in range(3)], [all(count(n)) for n in range(3)])
print(list(map(any, [count(0), count(2)])), list(filter(all, [count(1), count(0)])) != [])
nested = list(list(count(n)) for n in range(4))
print(nested)
