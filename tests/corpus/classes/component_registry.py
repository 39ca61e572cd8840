# class hierarchy with abstract-ish bases, __init_subclass__, class decorators, __eq__/__hash__, __repr__ chains
registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
class Component:
    kinds = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Component.kinds.append(cls.__name__)
    def __init__(self, owner=None): self.owner = owner
    def update(self, dt): return None
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if k != "owner")
        return f"{type(self).__name__}({fields})"
@register
class Position(Component):
    def __init__(self, x=0.0, y=0.0):
        super().__init__()
        self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, Position) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
@register
class Velocity(Component):
    def __init__(self, dx=0.0, dy=0.0):
        super().__init__(); self.dx, self.dy = dx, dy
@register
class Health(Component):
    def __init__(self, hp):
        super().__init__(); self.hp = self.max_hp = hp
    @property
    def ratio(self): return self.hp / self.max_hp
    def damage(self, n):
        self.hp = max(0, self.hp - n)
        return self.hp == 0
class Entity:
    _ids = iter(range(1, 1000))
    def __init__(self, *components):
        self.id = next(Entity._ids)
        self.components = {type(c): c for c in components}
        for c in components: c.owner = self
    def get(self, cls): return self.components.get(cls)
    def __getitem__(self, cls): return self.components[cls]
    def __contains__(self, cls): return cls in self.components
    def __repr__(self): return f"Entity#{self.id}{list(self.components.values())}"
class World:
    def __init__(self): self.entities = []
    def spawn(self, *cs):
        e = Entity(*cs); self.entities.append(e); return e
    def query(self, *types):
        for e in self.entities:
            if all(t in e for t in types):
                yield e, *(e[t] for t in types)
    def step(self, dt):
        for e, p, v in self.query(Position, Velocity):
            p.x += v.dx * dt; p.y += v.dy * dt
w = World()
a = w.spawn(Position(0, 0), Velocity(1, 2), Health(10))
b = w.spawn(Position(5, 5), Health(3))
c = w.spawn(Position(1, 1), Velocity(-1, 0.5))
for _ in range(3): w.step(0.5)
for e in w.entities: print(e)
print(sorted(registry), Component.kinds, Position(1, 1) == c[Position], len({Position(1, 2), Position(1, 2), Position(2, 1)}))
print([e.id for e, h in w.query(Health)], b[Health].damage(5), b[Health].ratio, a.get(Velocity).owner is a, a.get(str))
print(registry["health"](7).ratio, isinstance(a[Health], Component), Health.__mro__[1].__name__, Health.__qualname__)
try:
    b[Velocity]
except KeyError as e:
    print("missing component", e.args[0].__name__)
class Base:
    def __init__(self): self.log = ["Base"]
class A(Base):
    def __init__(self): super().__init__(); self.log.append("A")
class B(Base):
    def __init__(self): super().__init__(); self.log.append("B")
class C(A, B):
    def __init__(self): super().__init__(); self.log.append("C")
print(C().log, [k.__name__ for k in C.__mro__])
class Meta:
    def __class_getitem__(cls, item): return f"Meta[{item.__name__}]"
print(Meta[int])
class Frozen:
    def __setattr__(self, k, v):
        if hasattr(self, k): raise AttributeError(f"cannot reassign {k}")
        object.__setattr__(self, k, v)
f = Frozen(); f.a = 1
try: f.a = 2
except AttributeError as e: print(e)
print(f.a, getattr(f, "b", "nob"))
