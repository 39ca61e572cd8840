from collections import defaultdict, Counter, deque, namedtuple, OrderedDict
words = "the quick brown fox jumps over the lazy dog the fox".split()
c = Counter(words)
print(c.most_common(3), c['the'], c['zzz'], len(c))
print(sorted(c.items()))
c2 = Counter("abracadabra")
print(c2.most_common(), sorted(c2.elements()))
print(c2 + Counter("aab"), c2 - Counter("aaaaaaaa"), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3) | Counter(a=5, b=1))
c2.update("zz"); c2.subtract("a")
print(c2, c2.total())
dd = defaultdict(list)
for w in words: dd[len(w)].append(w)
print(dict(dd), dd[99], len(dd))
di = defaultdict(int)
for ch in "mississippi": di[ch] += 1
print(di)
dq = deque([1, 2, 3], maxlen=5)
dq.append(4); dq.appendleft(0); dq.append(5)
print(dq, dq.popleft(), dq.pop(), dq[0], dq[-1], len(dq))
dq.rotate(2); print(dq)
dq.extendleft([9, 8]); print(dq, list(reversed(dq)))
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields, p == (1, 2), tuple(p))
P3 = namedtuple('P3', 'x y z', defaults=[0])
print(P3(1, 2), P3._make([4, 5, 6]))
od = OrderedDict()
od['a'] = 1; od['b'] = 2; od['c'] = 3
od.move_to_end('a')
print(od, list(od.keys()), od.popitem(last=False))
d = {'b': 1, 'a': 2}
d['c'] = 0
del d['b']
d['b'] = 5
print(d, list(d), sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print({**d, 'z': 26}, d | {'a': 100}, dict(zip('xy', [1, 2])), dict([('k', 'v')], extra=1))
print(d.get('q'), d.get('q', 0), d.setdefault('n', []), d.pop('n'), d.pop('zz', 'none'))
print({1: 'a', True: 'b', 1.0: 'c'}, {(1, 2): 3}, len({0, False, 0.0, '', None}))
s = {5, 3, 1}
s.add(2); s.discard(7)
print(s, s | {9}, s & {1, 2, 99}, s - {1}, s ^ {1, 100}, {1, 2} <= {1, 2, 3}, frozenset([3, 1]))
print(sorted({'pear', 'apple', 'fig'}), sorted(set("hello")))
stack = []; stack.append(1); stack.append(2); print(stack.pop(), stack)
lst = [5, 2, 8, 1]
lst.sort(reverse=True); print(lst)
lst2 = sorted(["banana", "Apple", "cherry"], key=str.lower); print(lst2)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), sorted("hello", reverse=True))
people = [("Alice", 30), ("Bob", 25), ("Carol", 30), ("Dave", 25)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print([[0] * 3 for _ in range(2)], [1, 2] * 2, [1, 2] + [3])
a = list(range(10))
print(a[::2], a[::-1], a[-3:], a[:-7:-2], a[100:], a[-100:2], a[3:1], a[1:8:3])
a[2:5] = ['x']; print(a)
del a[::3]; print(a)
s = "Hello, World"
print(s[::-1], s[7:], s[-5:-1], s[::3])
print(d.keys() & {'a', 'zz'}, list(d.values()), list(d.items())[0])
print(dict.fromkeys("abc", 0), Counter({'x': 2}) == Counter(x=2))
