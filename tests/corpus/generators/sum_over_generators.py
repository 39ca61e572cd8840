# sum() over generators: numbers of every kind, values that need the general `+`, errors
# raised inside the generator, partially consumed and exhausted generators, yield from,
# try/finally, nesting, and sum() called where its result is not simply pushed.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def chained(a, b):
    yield from count(a)
    r = yield from count(b)
    yield 100 if r is None else r


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + other)

    def __radd__(self, other):
        return Money(self.cents + other)

    def __repr__(self):
        return f"Money({self.cents})"


print(sum(count(10)), sum(count(0)), sum(count(5), 100))
print(sum(x * 0.5 for x in range(7)), sum((x for x in range(4)), 0.25))
print(sum(x > 2 for x in range(6)), sum(b for b in [True, True, False]))
print(sum(x for x in [2**62, 2**62, 2**62]), sum(-(2**63) + x for x in range(3)))
print(sum(x for x in [1, 2.5, 2**70, True]))
print(sum(chained(3, 4)))

# A value the fold does not add: the rest goes through the general `+`.
print(sum(Money(c) if c % 2 else c for c in range(6)))
print(sum((Money(c) for c in range(4)), 5))
print(sum(chained(2, 2)) + sum(x for x in [Money(1), 2, Money(3)]))

# Errors.
try:
    print(sum(x if x < 3 else "three" for x in range(5)))
except TypeError as e:
    print("TypeError:", e)


def boom(n):
    for i in range(n):
        if i == 3:
            raise ValueError(f"boom at {i}")
        yield i


try:
    sum(boom(10))
except ValueError as e:
    print("ValueError:", e)

g = count(10)
print(next(g), next(g), sum(g), sum(g), list(g))


def guarded(log):
    try:
        for i in range(5):
            yield i
    finally:
        log.append("finally")


log = []
print(sum(guarded(log)), log)


def selfish():
    yield 1
    yield sum(me)


me = selfish()
try:
    print(list(me))
except ValueError as e:
    print("ValueError:", e)

# Nested and as a key function.
print(sum(sum(count(n)) for n in range(6)))
gens = [count(4), count(2), count(3)]
print([sum(g) for g in sorted([count(4), count(2), count(3)], key=lambda g: 0)])
print(sorted([count(4), count(2), count(3)], key=sum) == sorted(gens, key=sum))
print(max((count(n) for n in range(5)), key=sum) is not None)
print(list(map(sum, [count(3), (x * x for x in range(4))])))

# An error of sum()'s own `+` is raised in the caller, the generator left suspended.


def halves():
    try:
        yield 0.5
    except OverflowError:
        print("inside generator")
        yield 1
    yield 2


it = halves()
try:
    print(sum(it, 10**400))
except OverflowError as e:
    print("caller:", e)
print(next(it))
