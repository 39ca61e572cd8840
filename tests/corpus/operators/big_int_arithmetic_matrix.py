vals = [0, 1, -1, 7, -7, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, -(3 ** 50)]
for a in vals:
    row = []
    for b in vals:
        if b == 0:
            row.append("-")
            continue
        row.append(f"{a // b}/{a % b}")
    print(a, " ".join(row))
print([a * b for a in vals[-3:] for b in vals[-3:]])
print(sum(vals), max(vals), min(vals), sorted(vals))
