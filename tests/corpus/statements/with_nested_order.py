log = []
class CM:
    def __init__(self, n, swallow=False):
        self.n = n
        self.swallow = swallow
    def __enter__(self):
        log.append(f"enter {self.n}")
        return self.n
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.n} {et.__name__ if et else '-'}")
        return self.swallow
with CM(1) as a, CM(2) as b, CM(3) as c:
    log.append(f"body {a}{b}{c}")
print(log)
log.clear()
with CM(1, swallow=True), CM(2):
    raise KeyError("k")
print(log)
log.clear()
try:
    with CM("outer"):
        with CM("inner", swallow=False):
            raise OSError("disk")
except OSError as e:
    log.append(f"caught {e}")
print(log)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")
log.clear()
try:
    with CM("first"), BadEnter():
        print("body not run")
except RuntimeError as e:
    log.append(str(e))
print(log)
