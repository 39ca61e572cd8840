inventory = {"gold": 5}
print(inventory["gold"] - 1)
print(inventory - 1)
