# heapq, collections (deque, defaultdict, Counter, OrderedDict, namedtuple), itertools, functools
import heapq
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
import itertools
from itertools import count, islice, product, permutations, combinations, accumulate, groupby, chain, zip_longest
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, heapq.nsmallest(2, [5, 3, 9]), heapq.nlargest(2, [5, 3, 9]), heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
pq = []
heapq.heappush(pq, (2, "b")); heapq.heappush(pq, (1, "a")); heapq.heappush(pq, (3, "c"))
print([heapq.heappop(pq)[1] for _ in range(3)])
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.rotate(2)
print(d, d.popleft(), d.pop(), len(d), d[0], list(d), 3 in d)
dm = deque(maxlen=3)
for i in range(5):
    dm.append(i)
print(dm, dm.maxlen)
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dd, dict(dd), dd["z"], len(dd))
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(sorted(di.items()), isinstance(di, dict))
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"], sum(c.values()), list(c.elements())[:6])
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
od = OrderedDict()
od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x")
print(od, od.popitem(), od.popitem(last=False), od)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], list(p), p == (1, 2), p._asdict(), p._replace(x=5), Point._fields, hash(p) == hash((1, 2)))
x, y = p
print(x + y, len(p), sorted([Point(2, 1), Point(1, 5)]))
print(list(islice(count(10, 5), 4)), list(product("ab", [1, 2])), list(permutations([1, 2, 3], 2))[:4], list(combinations("abcd", 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(chain([1], (2, 3))), list(chain.from_iterable(["ab", "c"])))
print([(k, list(g)) for k, g in groupby("aaabccd")], list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.pairwise([1, 2, 3])), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(islice(itertools.cycle("xy"), 5)), list(itertools.repeat(7, 3)))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), partial(pow, 2)(10), partial(int, base=2)("101"))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__)
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a) * 2
    return inner
@deco
def val(x):
    """doc"""
    return x
print(val(4), val.__name__, val.__doc__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(0))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), type(d).__name__, type(c).__name__, repr(deque()), Counter())
