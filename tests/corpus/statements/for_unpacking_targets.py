data = {"a": [1, 2], "b": [3, 4]}
for key, (first, second) in data.items():
    print(key, first, second)
for i, (x, *rest) in enumerate([(1, 2, 3), (4,)]):
    print(i, x, rest)
class Holder:
    pass
h = Holder()
for h.value in range(3):
    pass
print(h.value)
slots = [0, 0, 0]
for i, slots[i] in enumerate("xyz"):
    pass
print(slots)
d = {}
for d["k"] in [1, 2]:
    pass
print(d)
for (a, b), c in [((1, 2), 3)]:
    print(a + b + c)
