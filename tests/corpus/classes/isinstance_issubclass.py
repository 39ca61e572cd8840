class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, (C,)))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(A, A), issubclass(B, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance("s", (list, tuple)))
print(isinstance([], list), isinstance({}, dict), isinstance(None, type(None)), isinstance(A, type))
print(type(b) is B, type(b) == A, type(b).__name__, b.__class__.__name__, B.__name__)
print(type(type(b)).__name__, isinstance(b, object), isinstance(int, object))
try:
    isinstance(b, "A")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
