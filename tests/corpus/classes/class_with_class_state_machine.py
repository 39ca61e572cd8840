class Light:
    ORDER = ["green", "yellow", "red"]
    changes = 0
    def __init__(self):
        self.i = 0
    @property
    def color(self):
        return Light.ORDER[self.i]
    def next(self):
        self.i = (self.i + 1) % len(Light.ORDER)
        Light.changes += 1
        return self
a, b = Light(), Light()
print(a.next().next().color, b.next().color, Light.changes)
print([Light().next().next().next().color for _ in range(2)], Light.changes)
