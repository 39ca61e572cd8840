def averager():
    total = count = 0
    while True:
        v = yield
        if v is None:
            return total / count if count else 0
        total += v
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
def sub():
    yield "s1"
    return "sub-result"
def main():
    r = yield from sub()
    yield f"got {r}"
print(list(main()))
