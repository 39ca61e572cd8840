inventory = {"sword": 1}
print(inventory["sword"])
print(inventory["shield"])
