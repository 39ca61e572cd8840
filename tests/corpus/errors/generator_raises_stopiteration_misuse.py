def g():
    yield 1
    raise StopIteration("manual")
print("start")
for v in g():
    print(v)
