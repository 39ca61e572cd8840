print(dict(), dict(a=1), dict({"a": 1}, b=2), dict([("a", 1), ["b", 2]]), dict(zip("xyz", range(3))))
print(dict([("k", 1), ("k", 2)]), dict({"a": 1}.items()), dict(((i, i * i) for i in range(4))))
print(dict.fromkeys(range(3), "v"), dict.fromkeys("ab", []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict(5)
except TypeError as e:
    print("TypeError:", e)
