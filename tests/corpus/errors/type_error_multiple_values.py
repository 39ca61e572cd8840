def place(a, b):
    return a, b
print(place(1, b=2))
place(1, a=2)
