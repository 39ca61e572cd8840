import itertools, functools, operator
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], 6], [[7]]])))
squares = (x * x for x in range(10))
print(sum(squares), sum(squares))
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)}, [(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [[row[i] for row in m] for i in range(3)])
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations(range(3), 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print([(k, list(g)) for k, g in itertools.groupby("aaabbcdd")])
print(list(itertools.chain.from_iterable([[1, 2], [3]])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(operator.add, [], 0))
print(list(map(operator.itemgetter(1), [(1, 'a'), (2, 'b')])), operator.attrgetter('real')(5))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1, 0)))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), 3 in Countdown(5))
def acc():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total
g = acc(); next(g)
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, 'default'))
print(list(enumerate("abc", start=1)), list(reversed(range(5))), list(zip(range(3), "xyz", [True] * 3)))
print(any(x > 3 for x in [1, 5]), all([]), min("hello"), max([3, 1, 2], key=lambda x: -x), min([], default=0))
print(list(filter(None, [0, 1, '', 'a', None, []])), list(map(pow, [2, 3], [3, 2])))
gen = (i for i in range(3))
print(type(gen).__name__, next(gen), list(gen))
def pipeline():
    nums = (int(s) for s in "1 2 3 4 5 6".split())
    evens = (n for n in nums if n % 2 == 0)
    return [n * 10 for n in evens]
print(pipeline())
x = [y := 5, y ** 2]
print(x, y)
data = [3, 8, 1, 9]
if (n := len(data)) > 3: print(f"list too long ({n} elements)")
print([z for w in range(5) if (z := w * 2) > 4])
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.repeat('x', 3)), list(itertools.islice(itertools.cycle('ab'), 5)))
c = itertools.count(10, 5)
print(next(c), next(c), next(c))
print(list(itertools.combinations_with_replacement([1, 2, 3], 2)))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
