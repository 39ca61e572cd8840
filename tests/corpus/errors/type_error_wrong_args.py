def move(x, y):
    return x + y
print(move(1, 2))
print(move(1, 2, 3))
