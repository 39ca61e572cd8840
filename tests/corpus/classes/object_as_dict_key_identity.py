class Tile:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
a, b, a2 = Tile("a"), Tile("b"), Tile("a")
costs = {a: 1, b: 2}
costs[a2] = 3
print(len(costs), costs[a], costs[a2], a in costs, Tile("a") in costs)
seen = set()
for t in [a, b, a, a2, b]:
    seen.add(t)
print(len(seen))
print(sorted(costs.values()), [t.name for t in costs])
