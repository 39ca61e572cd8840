a = None
b = None
print(a is b, True is (1 == 1), False is (1 == 2))
x = [1, 2]
y = x
print(x is y, x[:] is x, list(x) is x, x is not [1, 2])
def same(o):
    return o
print(same(x) is x, same(None) is None)
t = (1, 2)
print(tuple(t) is t, t == (1, 2))
s = "hello"
print(s is s, s == "hel" + "lo")
class C:
    pass
c = C()
print(c is c, C() is C(), type(c) is C, c.__class__ is C)
