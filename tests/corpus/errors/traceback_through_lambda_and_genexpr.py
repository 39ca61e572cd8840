data = [1, 2, 0, 4]
inverse = lambda x: 1 / x
print(list(inverse(v) for v in data))
