items = [1, 2, 3]
try:
    print(items[10])
except IndexError as e:
    print("handling", e)
    print(undefined_variable)
