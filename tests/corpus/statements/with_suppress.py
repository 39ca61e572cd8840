class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return "entered-value"
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            return True
        return None
with Suppress(ZeroDivisionError) as v:
    print("value:", v)
    1 / 0
    print("not reached")
print("after first")
with Suppress(KeyError, IndexError):
    [][5]
print("after second")
try:
    with Suppress(KeyError):
        int("nope")
except ValueError as e:
    print("not suppressed:", e)
def g():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(i)
            print("iteration", i)
    return "g done"
print(g())
