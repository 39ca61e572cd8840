def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
def gen_with_return():
    yield 1
    return "finished"
g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)
try:
    next(g)
except StopIteration as e:
    print("exhausted again", e.value)
def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
e = echo()
next(e)
e.send("a")
e.send("b")
try:
    e.send("c")
except StopIteration as s:
    print(s.value)
def starts():
    yield 1
g = starts()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)
