class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class P: pass
class Q(P): pass
class R(Q, P): pass
print([c.__name__ for c in R.__mro__])
try:
    class Dup(P, P): pass
except TypeError as e:
    print("TypeError:", e)
