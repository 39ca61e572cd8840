class Component:
    def __repr__(self):
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.FIELDS)
        return f"{type(self).__name__}({fields})"

class Position(Component):
    FIELDS = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Velocity(Component):
    FIELDS = ("dx", "dy")
    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy

class Health(Component):
    FIELDS = ("hp", "max_hp")
    def __init__(self, hp):
        self.hp = hp
        self.max_hp = hp

class Poisoned(Component):
    FIELDS = ("dmg", "turns")
    def __init__(self, dmg, turns):
        self.dmg, self.turns = dmg, turns

class World:
    def __init__(self):
        self.next_id = 0
        self.components = {}
        self.dead = []

    def spawn(self, *components):
        eid = self.next_id
        self.next_id += 1
        for c in components:
            self.components.setdefault(type(c), {})[eid] = c
        return eid

    def query(self, *types):
        if not types:
            return
        first = self.components.get(types[0], {})
        for eid in sorted(first):
            if all(eid in self.components.get(t, {}) for t in types[1:]):
                yield (eid,) + tuple(self.components[t][eid] for t in types)

    def remove(self, eid, ctype=None):
        for t, store in self.components.items():
            if ctype is None or t is ctype:
                store.pop(eid, None)

def movement_system(world):
    for eid, pos, vel in world.query(Position, Velocity):
        pos.x += vel.dx
        pos.y += vel.dy
        if not 0 <= pos.x <= 10:
            vel.dx = -vel.dx
            pos.x = max(0, min(10, pos.x))

def poison_system(world):
    for eid, health, poison in list(world.query(Health, Poisoned)):
        health.hp -= poison.dmg
        poison.turns -= 1
        if poison.turns == 0:
            world.remove(eid, Poisoned)

def death_system(world):
    for eid, health in list(world.query(Health)):
        if health.hp <= 0:
            world.dead.append(eid)
            world.remove(eid)

w = World()
hero = w.spawn(Position(0, 0), Velocity(3, 1), Health(20))
slime = w.spawn(Position(9, 9), Velocity(-1, 0), Health(6), Poisoned(2, 5))
rock = w.spawn(Position(5, 5))
ghost = w.spawn(Velocity(1, 1), Health(1), Poisoned(1, 1))

for turn in range(1, 6):
    movement_system(w)
    poison_system(w)
    death_system(w)
    print(f"turn {turn}:")
    for eid, pos in w.query(Position):
        hp = w.components[Health].get(eid)
        print(f"  e{eid} at ({pos.x}, {pos.y}) hp={hp.hp if hp else '-'}")
    print("  dead:", w.dead)
print(sorted(t.__name__ for t in w.components))
print(list(w.query(Health)))
print(list(w.query()))
