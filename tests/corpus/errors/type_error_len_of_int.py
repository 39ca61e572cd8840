values = {"hp": 10}
print(len(values))
print(len(values["hp"]))
