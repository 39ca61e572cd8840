# set / frozenset methods and CPython's iteration order for small int sets
a = {5, 3, 9, 1, 12}
b = {9, 12, 20, 3}
print(a, b, sorted(a))
print(a.union(b), a.union([100, 2], (7,)), a.intersection(b), a.intersection(b, {3}))
print(a.difference(b), sorted(a.difference([1], [5])), sorted(a.symmetric_difference(b)))
print(a.issubset(a | b), a.issubset(b), a.issuperset({1, 3}), a.isdisjoint({100}), a.isdisjoint(b))
c = set(a)
c.update([40, 41], {42})
print(sorted(c))
c.intersection_update(range(10, 50))
print(sorted(c))
c.difference_update({41})
print(sorted(c))
c.symmetric_difference_update({12, 99})
print(sorted(c))
d = {7, 3, 1}
while d:
    print("pop", d.pop(), d)
try:
    d.pop()
except KeyError as e:
    print("KeyError:", e)
f = frozenset([4, 2, 8])
print(f, f.union({1}), type(f.union({1})).__name__, f.copy() is f, f & {2, 3})
e = {1, 2}
g = e.copy()
g.add(3)
print(e, g)
g.clear()
print(g, len(g))
print({x % 7 for x in range(20)}, {(x, x * 2) for x in range(3)} == {(0, 0), (1, 2), (2, 4)})
print(set(range(20, 0, -3)), list({16, 3, 8}), {True, 2, 0}, {1.5, 0.5, 2.0})
