class Foo:
    def __init__(self):
        self.health = 1
f = Foo()
print(f.health)
print(f.bar)
