print(hash(1) == hash(1), hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(0.0) == hash(False))
print(hash(5), hash(-7), hash(0), hash(12345))
print(hash((1, 2)) == hash((1, 2)), hash("abc") == hash("abc"), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for unhashable in [[1], {1: 2}, {3}]:
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    s = {(1, [2])}
except TypeError as e:
    print("TypeError:", e)
d = {1: "int one"}
d[1.0] = "float one"
d[True] = "true one"
print(d)
