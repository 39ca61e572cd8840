a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q] = "pq"
print(p, q)
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
for n, (ch, val) in enumerate([("a", 1), ("b", 2)]):
    print(n, ch, val)
k, v = {"key": "value"}.popitem()
print(k, v)
first, second = range(2)
print(first, second)
d = {}
d["x"], d["y"] = 10, 20
print(d)
obj = type("O", (), {})()
obj.a, obj.b = "A", "B"
print(obj.a, obj.b)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 99
print(i, lst)
