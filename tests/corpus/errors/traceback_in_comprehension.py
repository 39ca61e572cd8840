rows = ["1", "2", "three"]
print([int(r) for r in rows])
