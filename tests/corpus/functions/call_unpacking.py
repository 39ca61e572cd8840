def point(x, y, z=0):
    return f"({x}, {y}, {z})"
coords = [1, 2, 3]
print(point(*coords))
print(point(*coords[:2]))
print(point(**{"x": 5, "y": 6}))
print(point(1, **{"z": 9, "y": 8}))
print(point(*(7,), **{"y": 8}))
print(point(*"ab"))
print(point(*range(2), z=4))
def kws(**kw):
    return sorted(kw.items())
d1 = {"a": 1}
d2 = {"b": 2}
print(kws(**d1, **d2, c=3))
print(max(*[3, 9, 2]), min(*"zebra"))
print(*["x", "y"], *("z",), sep="|")
