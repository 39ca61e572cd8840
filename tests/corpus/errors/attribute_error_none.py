def find(items, name):
    for i in items:
        if i == name:
            return i
result = find(["a"], "b")
print(result.upper())
