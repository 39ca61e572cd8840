class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} out of bounds")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        self.cells[pos] = value
    def __delitem__(self, pos):
        del self.cells[pos]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        return value in self.cells.values()
    def __bool__(self):
        return bool(self.cells)
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(4, 3)
print(len(g), bool(g), "@" in g)
g[1, 1] = "@"
g[3, 2] = "#"
print(bool(g), "@" in g, g[1, 1], g[0, 0])
for row in g:
    print(row)
del g[1, 1]
print(list(g))
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), not Sized())
