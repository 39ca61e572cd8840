# String building (join, +=), split, replace, upper/lower, strip, startswith,
# f-strings, `in` substring search, slicing, len, str(int).

ROUNDS = 23000
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]

checksum = 0
for r in range(ROUNDS):
    parts = []
    for i in range(40):
        w = WORDS[(i + r) % len(WORDS)]
        parts.append(f"{w}-{i * r % 97}")
    line = " ".join(parts)
    fields = line.split(" ")
    checksum += len(fields)
    up = line.upper()
    replaced = up.replace("ALPHA", "A").replace("-", "_")
    checksum += len(replaced)
    if "GAMMA_" in replaced:
        checksum += 3
    if "omega" in line:
        checksum += 1000
    # concatenation loop
    s = ""
    for f in fields[:25]:
        if f.startswith("e"):
            s += f.lower()
        else:
            s += f[:3]
        s += ","
    s = s.strip(",")
    checksum += len(s) + s.count(",")
    # split/parse ints back out
    total = 0
    for f in fields:
        name, num = f.split("-")
        total += int(num) + len(name)
    checksum += total
    label = f"round {r}: {total:>6} {len(s):04d} {name!r}"
    checksum += len(label) + ord(label[-2])
    checksum %= 1_000_000_007

print(f"checksum={checksum}")
