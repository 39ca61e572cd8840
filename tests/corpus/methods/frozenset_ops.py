f = frozenset([3, 1, 2])
g = frozenset("ab")
print(sorted(f), len(f), 2 in f, sorted(g))
print(sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {1, 9}))
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
print(f == {1, 2, 3}, frozenset() == set(), hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
sets_of_sets = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(sets_of_sets), sorted(sorted(s) for s in sets_of_sets))
print(sorted(f.union([7])), f.issubset(range(5)), sorted(f.difference([1])))
