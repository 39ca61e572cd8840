label = "level "
print(label + 3)
