# abc: ABC, abstractmethod (also under property / classmethod), instantiating an abstract class
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
print(Sq(3).describe(), Sq(2).perimeter())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), Sq.__abstractmethods__, isinstance(Sq(1), Shape))
class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class Impl(Base):
    @property
    def name(self): return "impl"
    @classmethod
    def make(cls): return cls()
print(Impl.make().name)
try:
    Base()
except TypeError as e:
    print(e)
print(getattr(Shape.area, "__isabstractmethod__", False), getattr(Sq.area, "__isabstractmethod__", False))
class Component(ABC):
    def __init__(self, owner):
        self.owner = owner
    @abstractmethod
    def update(self, dt): ...
class Mover(Component):
    def __init__(self, owner, speed):
        super().__init__(owner)
        self.speed = speed
    def update(self, dt):
        return f"{self.owner} moves {self.speed * dt}"
class Broken(Mover):
    @abstractmethod
    def update(self, dt): ...
print(Mover("orc", 2).update(0.5))
try:
    Broken("x", 1)
except TypeError as e:
    print(e)
print(sorted(Broken.__abstractmethods__), Mover.__abstractmethods__)
