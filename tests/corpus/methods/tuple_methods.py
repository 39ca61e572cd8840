t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(3), t.index(2, 2), len(t), t[1:4], t[::-1])
print(t + (4,), (0,) * 3, 2 in t, max(t), sorted(t))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
a, b = (1, 2), (1, 2)
print(a == b, a < (1, 3), (1, 2, 3) > (1, 2), () < (0,))
single = 5,
print(single, type(single).__name__)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
mutable_inside = ([1], 2)
mutable_inside[0].append(3)
print(mutable_inside)
print(tuple(sorted({"b": 1, "a": 2})), divmod(7, 2) == (3, 1))
