class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        print("add")
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd")
        return self.__add__(o)
    def __iadd__(self, o):
        print("iadd")
        self.cents += o.cents if isinstance(o, Money) else o
        return self
    def __rsub__(self, o):
        return Money(o - self.cents)
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
a = Money(150)
b = Money(275)
print(a + b)
print(10 + a)
print(sum([a, b, Money(5)]))
alias = a
a += b
print(a, alias, a is alias)
a += 25
print(a)
print(1000 - b)
class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)
n = NoIadd(1)
m = n
n += 5
print(n.v, m.v, n is m)
class Lst(list):
    pass
l = Lst([1])
l += [2]
print(l, type(l).__name__)
