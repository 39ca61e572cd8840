class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"A.__eq__({self.v}, {getattr(o, 'v', o)})")
        if isinstance(o, A):
            return self.v == o.v
        return NotImplemented
print(A(1) == A(1))
print(A(1) != A(2))
print(A(1) == 1)
print(1 == A(1))
print(A(3) in [A(1), A(3)])
print([A(1)] == [A(1)])
