class Base:
    kind = "base"
    def describe(self):
        return f"{self.kind}:{self.name()}"
    def name(self):
        return "Base"
class Child(Base):
    kind = "child"
    def name(self):
        return "Child"
class GrandChild(Child):
    def name(self):
        return "Grand" + super().name()
for o in (Base(), Child(), GrandChild()):
    print(o.describe())
print(GrandChild.kind, hasattr(GrandChild, "describe"), GrandChild.describe is Base.describe)
Child.kind = "patched"
print(GrandChild().describe(), Base().describe())
