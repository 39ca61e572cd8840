class Tape:
    def __init__(self, n):
        self.cells = [0] * n
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Tape.from_list(self.cells[key])
        return self.cells[key]
    def __setitem__(self, key, value):
        print("set", key if not isinstance(key, slice) else (key.start, key.stop, key.step), value)
        self.cells[key] = value
    @staticmethod
    def from_list(l):
        t = Tape(0)
        t.cells = l
        return t
    def __repr__(self):
        return f"Tape({self.cells})"
t = Tape(6)
t[0] = 5
t[-1] = 9
t[1:3] = [7, 8]
t[::2] = [1, 1, 1]
print(t, t[1:4], t[::-1], t[2])
