import copy
class Name(str): pass
class V(tuple): pass
class N(int): pass
n = Name("x"); v = V([1, [2]]); k = N(7)
c = copy.copy(n); d = copy.deepcopy(v); e = copy.deepcopy(k)
print(c, type(c).__name__, d, type(d).__name__, d[1] is v[1], e + 1, type(e).__name__)
for f in [lambda: len(object.__new__(Name)), lambda: N("zz"),
          lambda: b"x".decode("utf-8", "bogus"), lambda: b"\xff".decode("utf-8", "bogus"), lambda: "x".encode(5),
          lambda: "é".encode(encoding="ascii", errors="xmlcharrefreplace"), lambda: float.fromhex(5), lambda: V.__new__(V, 5)]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
class S:
    __slots__ = ["a"]
    def __init__(self): self.a = 1
class T(S):
    __slots__ = ("b",)
class U(S):
    pass
t = T(); t.b = 2; u = U(); u.zz = 3
print(t.a, t.b, u.zz)
try:
    t.c = 1
except AttributeError as ex:
    print("AttributeError", ex)
class D:
    __get__ = 5
class H:
    d = D()
try:
    H().d
except TypeError as ex:
    print("TypeError", ex)
class Loop:
    def __get__(self, o, t): return o.x
class H2:
    x = Loop()
try:
    H2().x
except RecursionError:
    print("RecursionError")
class B(bool): pass
