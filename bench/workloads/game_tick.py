# A game-style entity update loop: entity objects with position/velocity,
# component dicts, per-tick movement with bounds bouncing, a spatial-hash
# grid (dict of lists) for neighbour checks, damage/health updates and events.

WIDTH = 200.0
HEIGHT = 150.0
CELL = 20.0
TICKS = 2000
COUNT = 200


class Entity:
    def __init__(self, eid, x, y, vx, vy, kind):
        self.eid = eid
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.kind = kind
        self.health = 100
        self.stats = {"hits": 0, "bounces": 0}

    def update(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0.0 or self.x > WIDTH:
            self.vx = -self.vx
            self.x = min(max(self.x, 0.0), WIDTH)
            self.stats["bounces"] += 1
        if self.y < 0.0 or self.y > HEIGHT:
            self.vy = -self.vy
            self.y = min(max(self.y, 0.0), HEIGHT)
            self.stats["bounces"] += 1

    def cell(self):
        return (int(self.x // CELL), int(self.y // CELL))


class Enemy(Entity):
    def __init__(self, eid, x, y, vx, vy):
        super().__init__(eid, x, y, vx, vy, "enemy")
        self.damage = 3

    def update(self, dt):
        self.vx *= 0.999
        self.vy *= 0.999
        super().update(dt)


seed = 42


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648


entities = []
for i in range(COUNT):
    x = rand() * WIDTH
    y = rand() * HEIGHT
    vx = rand() * 40.0 - 20.0
    vy = rand() * 40.0 - 20.0
    if i % 4 == 0:
        entities.append(Enemy(i, x, y, vx, vy))
    else:
        entities.append(Entity(i, x, y, vx, vy, "unit"))

events = {"hit": 0, "death": 0, "respawn": 0}
dt = 1.0 / 60.0
for tick in range(TICKS):
    for e in entities:
        e.update(dt)
    grid = {}
    for e in entities:
        key = e.cell()
        bucket = grid.get(key)
        if bucket is None:
            grid[key] = [e]
        else:
            bucket.append(e)
    for e in entities:
        if e.kind != "enemy":
            continue
        cx, cy = e.cell()
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in grid.get((cx + dx, cy + dy), ()):
                    if other.kind == "enemy":
                        continue
                    ddx = other.x - e.x
                    ddy = other.y - e.y
                    if ddx * ddx + ddy * ddy < 25.0:
                        other.health -= e.damage
                        other.stats["hits"] += 1
                        events["hit"] += 1
    for e in entities:
        if e.health <= 0:
            events["death"] += 1
            e.health = 100
            e.x = rand() * WIDTH
            e.y = rand() * HEIGHT
            events["respawn"] += 1

total_hits = sum(e.stats["hits"] for e in entities)
total_bounces = sum(e.stats["bounces"] for e in entities)
health = sum(e.health for e in entities)
cx = sum(e.x for e in entities) / COUNT
print(f"hits={events['hit']} deaths={events['death']} bounces={total_bounces} health={health} cx={cx:.6f} check={total_hits == events['hit']}")
