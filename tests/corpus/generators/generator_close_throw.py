def worker():
    try:
        while True:
            x = yield
            print("working on", x)
    finally:
        print("worker cleanup")
w = worker()
next(w)
w.send("job1")
w.close()
print("closed")
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("generator caught", e)
c = catcher()
print(next(c))
print(c.throw(ValueError("injected")))
def lifetime():
    yield 1
    yield 2
l = lifetime()
print(next(l))
l.close()
print(next(l, "after close"))
