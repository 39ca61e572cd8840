class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f"
class C(B):
    def f(self):
        return "C.f"
    def skip(self):
        return super(B, self).f()
    def normal(self):
        return super(C, self).f()
c = C()
print(c.f(), c.skip(), c.normal())
class Shape:
    def __init__(self):
        self.tags = ["shape"]
class Square(Shape):
    def __init__(self):
        super(Square, self).__init__()
        self.tags.append("square")
print(Square().tags)
class Base:
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
class Derived(Base):
    @classmethod
    def create(cls):
        return "derived " + super().create()
print(Derived.create(), Base.create())
