def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("reset", e)
            total = 0
            continue
        except GeneratorExit:
            print("closing")
            raise
        if x is None:
            break
        total += x
    return "done"
g = acc(); print(next(g), g.send(5), g.send(10), g.throw(ValueError("r")), g.send(3))
g.close(); print("closed")
g2 = acc(); next(g2)
try:
    g2.send(None)
except StopIteration as e:
    print("stop", e.value)
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), 3 in t, max(t))
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1])
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
print(list(reversed(Rev([1,2,3]))), list(reversed(Seq.__new__(Seq) if False else [1])))
class Eq:
    def __eq__(self, o): return NotImplemented
print(Eq() == Eq(), Eq() != 3, Eq() in [1, 2])
a = [1, 2]; a.append(a); print(a); d = {"k": 1}; d["self"] = d; print(d)
print({1: [2, {3: (4, {5})}], "s": {"t": frozenset()}}, {(1, 2): {None: [True, 1.5]}})
class Money:
    def __init__(self, c): self.c = c
    def __abs__(self): return Money(abs(self.c))
    def __repr__(self): return f"Money({self.c})"
    def __format__(self, spec):
        if spec == "usd": return f"${self.c/100:.2f}"
        return format(self.c, spec)
    def __bool__(self): return self.c != 0
    def __index__(self): return self.c
print(abs(Money(-5)), f"{Money(1234):usd}", f"{Money(42):>6}", bool(Money(0)), [10,20,30][Money(1)], hex(Money(255)), bin(Money(3)))
class L:
    def __len__(self): return 0
print(bool(L()), "yes" if L() else "no", not L())
