def f(): pass
class C:
    def __call__(self): return 1
class D: pass
print(callable(f), callable(C), callable(C()), callable(D()), callable(len), callable("s"), callable(lambda: 0))
print(type(1).__name__, type("").__name__, type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__)
print(type(1.0).__name__, type(None).__name__, type(f).__name__, type(C).__name__, type(len).__name__, type(b"").__name__)
print(type(range(1)).__name__, type(frozenset()).__name__, type(True).__name__, type(iter([])).__name__ == "list_iterator")
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
print(type(5) == int, type(5) is int, type(True) is bool, type(True) is int)
T = type(a)
print(T("xy"), type(3)("17"), type("s")(5))
