class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.area = 1
    print("plain attribute ok", t.area)
    Temperature.fahrenheit.fget(t)
    print(type(Temperature.celsius).__name__)
except Exception as e:
    print(e)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
