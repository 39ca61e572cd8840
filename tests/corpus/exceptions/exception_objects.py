e = ValueError("msg", 1, 2)
print(e.args, str(e), repr(e))
e1 = ValueError("single")
print(e1.args, str(e1), repr(e1))
e0 = RuntimeError()
print(e0.args, repr(str(e0)), repr(e0))
k = KeyError("key")
print(str(k), repr(k))
k2 = KeyError("a", "b")
print(str(k2))
print(isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise ValueError
except ValueError as caught:
    print(repr(caught), caught.args)
def get():
    try:
        raise IndexError("gone")
    except IndexError as err:
        saved = err
    return saved
s = get()
print(type(s).__name__, s)
try:
    raise Exception("a", "b")
except Exception as ex:
    print(ex)
print(str(OSError("disk full")), StopIteration(5).value)
