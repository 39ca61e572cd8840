l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [100]
print(l)
l[1:3] = []
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[::-3] = ["x"] * len(l[::-3])
print(l)
m = [1, 2, 3]
m[1:2] = "hello"
print(m)
m[:] = (7, 8)
print(m)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
n = [1, 2, 3, 4]
n[10:20] = [5]
print(n)
n[-100:1] = ["start"]
print(n)
