# __new__, __init_subclass__, __setattr__/__delattr__, live __dict__, __index__, __divmod__/__pow__
class Registry:
    kinds = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.kinds.append(cls.__name__)
class Orc(Registry):
    pass
class Elf(Registry):
    pass
print(Registry.kinds)
class Single:
    _inst = None
    def __new__(cls, *args, **kw):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, name="x"):
        print("init", name)
        self.name = name
a = Single("a")
b = Single(name="b")
print(a is b, a.name)
class Pos:
    def __new__(cls, x):
        return None if x < 0 else object.__new__(cls)
    def __init__(self, x):
        self.x = x
print(Pos(-1), Pos(3).x)
class Audited:
    def __init__(self):
        self.log = []
        self.hp = 10
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
u = Audited()
u.hp -= 3
u.mp = 5
del u.mp
print(u.hp, u.log, hasattr(u, "mp"))
class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)
c = Config(width=640, height=480)
c.__dict__["depth"] = 32
print(c.width, c.depth, vars(c), "height" in vars(c), sorted(c.__dict__.keys()))
class Slot:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
row = ["a", "b", "c", "d"]
print(row[Slot(2)], "xyz"[Slot(0)], (1, 2, 3)[Slot(1)])
row[Slot(0)] = "A"
print(row)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)
    def __pow__(self, e, mod=None):
        return ("pow", self.cents, e, mod)
    def __repr__(self):
        return f"Money({self.cents})"
print(divmod(Money(1001), 4), pow(Money(3), 2), pow(Money(3), 2, 7), Money(2) ** 3)
d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, d.items() == {("a", 1), ("b", 2)}, d.keys() & {"b", "z"}, d.items() != {("a", 1)})
