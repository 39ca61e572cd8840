def nothing():
    pass
class Empty:
    pass
print(nothing(), Empty.__name__)
for _ in range(2):
    pass
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
l = [1, 2, 3]
del l[1]
print(l)
class O:
    pass
o = O()
o.attr = 1
print(hasattr(o, "attr"))
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
d = {"k": 1}
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
