class Obj:
    cls_attr = "c"
    def __init__(self):
        self.x = 1
o = Obj()
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "y", "default"), getattr(Obj, "cls_attr"))
setattr(o, "y", 2)
print(o.y, hasattr(o, "y"), hasattr(o, "z"), hasattr(Obj, "x"))
delattr(o, "y")
print(hasattr(o, "y"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
name = "dynamic_" + "name"
setattr(o, name, "works")
print(getattr(o, "dynamic_name"))
print(getattr("text", "upper")(), getattr([1, 2], "__len__")())
for attr in ["x", "cls_attr", "missing"]:
    print(attr, hasattr(o, attr))
