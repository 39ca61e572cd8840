# Generator pipeline: generator functions chained with generator expressions,
# consumed by sum(), plus yield-from and an infinite generator sliced manually.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def scaled(src, k):
    for x in src:
        yield x * k


def chained(a, b):
    yield from a
    yield from b


def naturals():
    n = 0
    while True:
        yield n
        n += 1


N = 3_600_000

total = sum(scaled(evens(numbers(N)), 3))
total += sum(x * x for x in evens(numbers(N)) if x % 3 == 0)
total += sum(chained((x + 1 for x in range(N // 2)), scaled(range(N // 2), 2)))
gen = naturals()
taken = 0
for v in gen:
    if v >= N // 3:
        break
    taken += v & 15
print(f"total={total} taken={taken}")
