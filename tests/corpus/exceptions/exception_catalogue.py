class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
class NotFound(AppError): pass
class Invalid(AppError):
    def __str__(self): return f"[{self.code}] {self.args[0]}"
def f(n):
    try:
        print("try", n)
        if n == 0: raise NotFound("missing", 404)
        if n == 1: raise Invalid("bad", 400)
        if n == 2: return "ret"
        if n == 3: 1 / 0
    except NotFound as e:
        print("nf", e, e.code, e.args)
        return "from except"
    except (Invalid, ZeroDivisionError) as e:
        print("inv-or-zde", type(e).__name__, e)
    else:
        print("else")
    finally:
        print("finally", n)
    return "end"
for i in range(5): print(f(i))
def g():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
    return i
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
e = Exception("a", 1)
print(e, repr(e), e.args)
print(str(KeyError("x")), repr(KeyError("x")), str(KeyError()), str(IndexError("list index out of range")))
def chk(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
chk(lambda: [][1])
chk(lambda: {}["q"])
chk(lambda: int("abc"))
chk(lambda: float("x1"))
chk(lambda: None.foo)
chk(lambda: 1 + "a")
chk(lambda: "a" + 1)
chk(lambda: "a" * "b")
chk(lambda: len(5))
chk(lambda: [1, 2].index(5))
chk(lambda: "abc".index("z"))
chk(lambda: undefined_name_xyz)
chk(lambda: (1, 2)[5])
chk(lambda: int(None))
chk(lambda: abs("x"))
chk(lambda: sorted([1, "a"]))
chk(lambda: [1,2,3].remove(9))
chk(lambda: {1}.remove(2))
chk(lambda: next(iter([])))
chk(lambda: 10 % 0)
chk(lambda: 2.0 / 0)
chk(lambda: divmod(1, 0))
chk(lambda: (lambda a, b: 0)(1))
chk(lambda: (lambda a: 0)(1, 2))
chk(lambda: (lambda a: 0)(b=1))
chk(lambda: "x".foo())
chk(lambda: object().x)
chk(lambda: {[1]: 2})
chk(lambda: hash([]))
chk(lambda: tuple(5))
chk(lambda: max([]))
chk(lambda: chr(-1))
chk(lambda: "%d" % "x")
chk(lambda: "{} {}".format(1))
chk(lambda: int("1" * 5, 2))
chk(lambda: [].pop())
chk(lambda: {}.popitem())
chk(lambda: 1 < "a")


chk(lambda: ord("ab"))
chk(lambda: list(range(3))[::0])
chk(lambda: 2 ** -1 % 0)
chk(lambda: dict(a=1)["b"])
chk(lambda: a.b.c)
import sys
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return t is KeyError
with Ctx() as c:
    raise KeyError("swallowed")
print("after")
try:
    with Ctx():
        raise IndexError("propagates")
except IndexError as e:
    print("caught", e)
def deep(n):
    if n == 0: raise AppError("deep error")
    deep(n - 1)
try:
    deep(5)
except AppError as e:
    print("deep:", e)
assert 1 + 1 == 2, "math"
try:
    assert False, "assert msg"
except AssertionError as e:
    print("AE", e)
raise Invalid("final failure", 500)
