class Settings:
    width = 800
    height = 600
    area = width * height
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    def method(self):
        return Settings.area
print(Settings.area, Settings.upper, Settings().method())
x = "module x"
class Scoped:
    x = "class x"
    def get(self):
        return x
    def get_class(self):
        return self.x
print(Scoped().get(), Scoped().get_class())
class Inner:
    class Nested:
        value = 5
    def make(self):
        return self.Nested()
print(Inner.Nested.value, Inner().make().value, Inner.Nested.__name__)
