def f():
    return f()
print("recursing")
f()
