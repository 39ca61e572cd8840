class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Money(self.v + other.v)
print((Money(1) + Money(2)).v)
print(Money(1) + 5)
