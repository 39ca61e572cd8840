# subclassing list and dict: methods, dunders, __missing__, super(); 3-argument type()
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s == [1, 2, 3], [1, 2, 3] == s)
for x in s: print(x, end=" ")
print(sorted(s, reverse=True), sum(s), 2 in s, s + [9], [0] + s, s * 2, list(s), s[1:])
s += [4]; print(s, s.pop(), s, bool(Stack()), vars(s))
s.sort(reverse=True); print(s, s.index(2))
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for w in "a b a c a b".split():
    c[w] += 1
print(c, c["zz"], len(c), list(c.items()), c.get("a"), "a" in c, isinstance(c, dict))
class Reg(dict):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
r = Reg("x"); r["k"] = 5; print(r, r.name, r.keys(), dict(r))
class Plain(list): pass
p = Plain("abc"); print(p, repr(p), str(p), p.count("a"))
T = type("T", (object,), {"x": 5, "hi": lambda self: "hi " + str(self.x)})
print(T().hi(), T.__name__)
