items = ["a", "b", "c", "d"]
for i, v in reversed(list(enumerate(items))):
    print(i, v)
print([(i, v) for i, v in enumerate(reversed(items), 1)])
print(list(zip(items, reversed(items))))
print({v: i for i, v in enumerate(items)})
print(list(enumerate(zip("ab", "cd"))))
print(sorted(enumerate("dcba"), key=lambda p: p[1]))
