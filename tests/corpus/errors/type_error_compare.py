values = [3, "two", 1]
print(sorted(values))
