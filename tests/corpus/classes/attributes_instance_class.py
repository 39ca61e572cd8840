class Counter:
    instances = 0
    shared = []
    def __init__(self, name):
        Counter.instances += 1
        self.name = name
        self.own = []
a = Counter("a")
b = Counter("b")
print(Counter.instances, a.instances, b.instances)
a.shared.append("from a")
b.own.append("b only")
print(b.shared, a.own, b.own)
a.instances = 100
print(a.instances, b.instances, Counter.instances)
del a.instances
print(a.instances)
Counter.new_class_attr = "added later"
print(b.new_class_attr)
print(a.name, b.name)
print(hasattr(a, "name"), hasattr(a, "nope"), getattr(a, "nope", "dflt"))
setattr(a, "dyn", 5)
print(a.dyn)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, type(e).__name__, e.__class__.__name__)
