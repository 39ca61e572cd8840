class Thing:
    pass
t = Thing()
u = Thing()
print(t == t, t == u, t != u, t is t)
print(repr(t).startswith("<__main__.Thing object at 0x"), str(t) == repr(t))
print(bool(t), type(t).__name__, isinstance(t, object))
print(hash(t) == hash(t))
o = object()
print(type(o).__name__, o == o)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    t < u
except TypeError as e:
    print("TypeError:", e)
try:
    len(t)
except TypeError as e:
    print("TypeError:", e)
try:
    t()
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in t:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    t[0]
except TypeError as e:
    print("TypeError:", e)
