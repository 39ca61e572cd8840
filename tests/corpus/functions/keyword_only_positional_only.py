def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(a=1, b=2, c=4))
def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
def po_default(x, y=10, /):
    return x + y
print(po_default(1), po_default(1, 2))
def name_clash(a, /, **kw):
    return a, kw
print(name_clash(1, a=2))
def tryit(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except TypeError as e:
        print("TypeError:", e)
tryit(kwonly, 1, 2)
tryit(kwonly, 1)
tryit(posonly, a=1, b=2, c=3, d=4)
tryit(posonly, 1, 2, 3, 4)
tryit(po_default, x=1)
tryit(kwonly, 1, b=2, c=3, e=5)
