a = 1
b = [1, 2, 3, 4, 5]
c = {"x": 1, "y": 2}
class O:
    pass
o = O()
o.p = 1
o.q = 2
del a, b[0], c["x"], o.p
print(b, c, hasattr(o, "p"), o.q)
del b[1:3]
print(b)
try:
    a
except NameError as e:
    print("NameError:", e)
x, y = 1, 2
del (x, y)
print("x" in globals() if False else "deleted both")
lst = [[1, 2], [3, 4]]
del lst[0][1], lst[1]
print(lst)
def f():
    z = 1
    del z
    z = 2
    return z
print(f())
