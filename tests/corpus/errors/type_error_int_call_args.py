def f(a, *, key):
    return a
print(f(1, key=2))
f(1, 2)
