import functools, itertools, collections
from functools import lru_cache, partial, reduce, total_ordering, cache
VERBS = {"go": "move", "walk": "move", "take": "get", "grab": "get", "look": "look", "l": "look"}
def parse(line):
    words = [w for w in line.lower().translate(str.maketrans("", "", ",.!?")).split() if w not in ("the", "a", "an")]
    if not words:
        return None
    verb, *rest = words
    return VERBS.get(verb, verb), " ".join(rest)
for cmd in ["Go north!", "take the lamp.", "L", "", "grab an old, rusty key", "dance"]:
    print(repr(cmd), "->", parse(cmd))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(90), fib.cache_info())
@cache
def ways(n):
    return 1 if n <= 1 else ways(n-1) + ways(n-2)
print(ways(50))
@total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return "Ver(%r)" % ".".join(map(str, self.t))
vs = [Ver("1.10"), Ver("1.2"), Ver("0.9.9")]
print(sorted(vs), max(vs), Ver("1.2") >= Ver("1.2"), Ver("1.3") <= Ver("1.2"))
p = partial(int, base=2)
print(p("1011"), reduce(lambda a, b: a*b, range(1, 10)), reduce(lambda a, b: a+b, [], 7))
data = "aaabccddddde"
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1,2,3], 2))[:4])
print(list(itertools.combinations("abcd", 3)), list(itertools.accumulate([1,2,3,4], lambda a,b: a*b)))
print(list(itertools.accumulate([3,1,4], initial=10)))
print(list(itertools.chain.from_iterable([[1],[2,3],[]])), list(itertools.islice(itertools.count(5, 3), 2, 6)))
print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")), list(itertools.islice(itertools.cycle("xy"), 5)), list(itertools.repeat(0, 3)))
c = collections.Counter("abracadabra")
print(c.most_common(3), c.most_common(), c["z"], sorted(c.elements())[:5])
c2 = collections.Counter(a=1, b=5); print(c + c2, c - c2, c2.total() if hasattr(c2, "total") else None)
dd = collections.defaultdict(list)
for w in "apple bob cat axe banana".split(): dd[w[0]].append(w)
print(dd, dict(dd))
dq = collections.deque(range(5), maxlen=5); dq.rotate(2); print(dq); dq.append(9); print(dq, dq.maxlen); dq.rotate(-1); print(list(dq))
od = collections.OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); print(od); od.move_to_end("c", last=False); print(list(od), od.popitem(last=False))
