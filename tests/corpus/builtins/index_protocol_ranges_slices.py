# Objects with __index__ work wherever CPython wants an integer: range(), indexing, slices
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

print(list(range(Idx(3))), list(range(Idx(1), Idx(7), Idx(2))), list(range(0, Idx(4))))
a = [10, 20, 30, 40, 50]
print(a[Idx(1)], a[Idx(1):Idx(3)], a[::Idx(2)], a[Idx(-2):], "hello"[Idx(1):], (1, 2, 3)[Idx(0)])
print(b"bytes"[Idx(1):Idx(3)], range(10)[Idx(2):Idx(5)])
print(hex(Idx(255)), bin(Idx(3)), oct(Idx(8)))
a[Idx(0)] = 99
a[Idx(1):Idx(3)] = ["x", "y", "z"]
print(a)
del a[Idx(0):Idx(2)]
print(a)
import operator
print(operator.index(Idx(5)))

class NotIdx:
    pass
for bad in [lambda: range(NotIdx()), lambda: a[NotIdx():], lambda: a[NotIdx()]]:
    try:
        bad()
    except TypeError as e:
        print(e)

class BadIdx:
    def __index__(self):
        return "7"
try:
    range(BadIdx())
except TypeError as e:
    print(e)
