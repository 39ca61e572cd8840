# generator.throw() and close(): handled, unhandled, finally blocks, GeneratorExit
def worker():
    total = 0
    while True:
        try:
            x = yield total
            total += x
        except ValueError as e:
            print("worker caught", e)
            total = -1
        finally:
            pass
g = worker()
print(next(g), g.send(5), g.send(7))
print(g.throw(ValueError("bad input")))
print(g.send(3))
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
h = guarded()
print(next(h))
h.close()
h.close()
print(list(h))
def stubborn():
    try:
        yield "a"
    except GeneratorExit:
        yield "b"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def plain():
    yield 1
p = plain()
next(p)
try:
    p.throw(KeyError, "k")
except KeyError as e:
    print("KeyError propagated", e)
print(next(p, "finished"))
fresh = plain()
fresh.close()
print(next(fresh, "closed before start"))
