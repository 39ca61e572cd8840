class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
for o in [Bag(), Bag(1), Flag(False), Flag(True), Both()]:
    print(type(o).__name__, bool(o), "truthy" if o else "falsy", not o)
print(len(Bag(1, 2, 3)), [len(o) for o in [Bag(), Bag(0)] if o])
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
