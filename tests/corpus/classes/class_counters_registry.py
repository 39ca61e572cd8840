class Entity:
    _next_id = 1
    registry = {}
    def __init__(self, kind):
        self.id = Entity._next_id
        Entity._next_id += 1
        self.kind = kind
        Entity.registry[self.id] = self
    def __repr__(self):
        return f"<{self.kind}#{self.id}>"
    @classmethod
    def count(cls):
        return len(cls.registry)
    @classmethod
    def by_kind(cls, kind):
        return [e for e in cls.registry.values() if e.kind == kind]
for k in ["orc", "elf", "orc", "tree", "orc"]:
    Entity(k)
print(Entity.count(), Entity.by_kind("orc"), Entity.registry[2])
del Entity.registry[3]
print(Entity.count(), list(Entity.registry))
class Sub(Entity):
    pass
s = Sub("sub")
print(s, Entity._next_id, Sub._next_id, Entity.count())
