# Closure creation and calls: nested functions capturing outer variables,
# nonlocal mutation, closures stored in lists and called later, lambdas.


def make_adder(n):
    def add(x):
        return x + n

    return add


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def compose(f, g):
    return lambda x: f(g(x))


ROUNDS = 340_000

checksum = 0
for r in range(ROUNDS):
    adders = [make_adder(i) for i in range(5)]
    counter = make_counter()
    for a in adders:
        checksum += a(r)
        counter(a(1))
    twice = compose(adders[1], adders[2])
    scale = lambda x, k=r % 7: x * k
    checksum += twice(r) + scale(3) + counter(0)
    checksum %= 1_000_000_007

print(f"checksum={checksum}")
