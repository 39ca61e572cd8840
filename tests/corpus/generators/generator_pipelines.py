def read_lines():
    for line in ["10 apples", "", "3 pears", "# comment", "7 plums"]:
        yield line
def non_empty(lines):
    return (l for l in lines if l and not l.startswith("#"))
def parse(lines):
    for l in lines:
        n, name = l.split()
        yield name, int(n)
inventory = dict(parse(non_empty(read_lines())))
print(inventory)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
def window(seq, k):
    for i in range(len(seq) - k + 1):
        yield seq[i:i + k]
print(list(window([1, 2, 3, 4, 5], 3)))
print(sum(take(100, naturals())))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(15, primes())))
