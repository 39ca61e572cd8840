class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log)
class Defaults:
    known = "class attr"
    def __init__(self):
        self.real = "instance attr"
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"default for {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")
d = Defaults()
print(d.real, d.known, d.opt_volume, getattr(d, "opt_x"))
print(hasattr(d, "missing"), getattr(d, "missing", "fallback"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
