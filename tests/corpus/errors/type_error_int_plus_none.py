total = 0
for v in [1, 2, None]:
    total += v
