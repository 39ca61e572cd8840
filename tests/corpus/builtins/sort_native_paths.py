# Sorting: native fast paths (ints, floats, strs, mixed numbers, tuples), key= and
# reverse= stability, user __lt__, TypeErrors from incomparable keys.
import random
random.seed(7)
xs = [random.randint(-50, 50) for _ in range(300)]
print(sorted(xs)[:10], sorted(xs, reverse=True)[:10])
fs = [random.random() * 10 - 5 for _ in range(100)] + [1, 2, -3, True, False]
print(sorted(fs)[:8], sorted(fs, reverse=True)[:8])
ws = ["b", "a", "é", "Z", "zz", "", "ab", "日本", "a"]
print(sorted(ws), sorted(ws, reverse=True), sorted(ws, key=len), sorted(ws, key=len, reverse=True))
pairs = [(random.randint(0, 3), random.choice("xyz")) for _ in range(50)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, reverse=True)[:10])
class P:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"P({self.v})"
ps = [P(random.randint(0, 5)) for _ in range(20)]
print(sorted(ps), sorted(ps, reverse=True))
print(sorted(ps, key=lambda p: p.v), sorted(range(20), key=lambda i: ps[i]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([3, 1], key=lambda x: "a" if x == 1 else 2)
except TypeError as e:
    print("TypeError", e)
l = [3, 1, 2]; l.sort(key=lambda x: -x); print(l)
print(sorted([2**70, 5, -2**65, 3.5]), sorted([[1, 2], [1], [0, 9]]))
print(sorted({3: 'a', 1: 'b'}.items(), key=lambda kv: kv[1]))
