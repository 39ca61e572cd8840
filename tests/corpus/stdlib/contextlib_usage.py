import contextlib
@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("b") as t:
    print(t)
with contextlib.suppress(KeyError):
    {}["x"]
print("after")
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")
with swallow():
    1/0
with nullcontext(5) as v:
    print(v)
with ExitStack() as st:
    for n in "xy":
        st.enter_context(tag(n))
    st.callback(print, "cb")
    print("body")
class Res:
    def close(self):
        print("closed res")
with closing(Res()) as r:
    print(type(r).__name__)
with suppress(ValueError, TypeError):
    int("x")
@tag("deco")
def work(n):
    print("working", n)
    return n * 2
print(work(3), work.__name__)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def transform():
    try:
        yield
    except KeyError as e:
        raise LookupError("wrapped " + str(e)) from e
try:
    with transform():
        {}["k"]
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, "moved")
    outer.push(inner.pop_all())
    print("inner popped")
print("done")
with tag("last"):
    raise KeyError("unhandled")
