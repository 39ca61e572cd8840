class Base:
    @property
    def label(self):
        return "base"
    @classmethod
    def make(cls):
        return cls()
    def __repr__(self):
        return f"<{type(self).__name__} {self.label}>"
class Fancy(Base):
    @property
    def label(self):
        return "fancy+" + super().label
print(Base.make(), Fancy.make(), Fancy().label)
class Counted(Base):
    made = 0
    @classmethod
    def make(cls):
        cls.made += 1
        return super().make()
print(Counted.make(), Counted.make(), Counted.made)
