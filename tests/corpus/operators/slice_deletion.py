l = list(range(12))
del l[0]
print(l)
del l[-1]
print(l)
del l[2:4]
print(l)
del l[::3]
print(l)
del l[::-2]
print(l)
del l[100:]
print(l)
m = list("abcdefg")
del m[:]
print(m)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
x = [1, [2, 3, 4]]
del x[1][0]
print(x)
try:
    del l[50]
except IndexError as e:
    print("IndexError:", e)
