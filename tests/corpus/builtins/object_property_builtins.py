o = object()
print(type(o).__name__, isinstance(o, object), object.__name__)
class Temp:
    def _get(self):
        return self._v * 2
    def _set(self, v):
        self._v = v
    doubled = property(_get, _set)
    def plain(x):
        return x * 3
    tripled = staticmethod(plain)
    def who(cls):
        return cls.__name__
    name = classmethod(who)
t = Temp()
t.doubled = 21
print(t.doubled, Temp.tripled(5), t.tripled(2), Temp.name(), t.name())
print(type(Temp.doubled).__name__)
class Sub(Temp):
    pass
print(Sub.name(), Sub().tripled(1))
