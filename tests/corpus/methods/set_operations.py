a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, {1, 2}.issubset(a), a.issuperset({4}), a.isdisjoint({7, 8}))
s = set()
s.add(3)
s.add(3)
s.add(1)
s.discard(99)
s.discard(1)
print(sorted(s), len(s), 3 in s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c |= {10}
c &= {1, 10, 2}
c -= {2}
print(sorted(c), sorted(a))
print(sorted({"pear", "apple", "fig"}), sorted(set("mississippi")))
p = {5, 6}
print(p.pop() in {5, 6}, len(p))
s.clear()
print(s, len(s))
