# Dict insert / lookup / update / delete with str and int keys,
# .get(), `in`, .items() iteration, dict comprehensions.

ROUNDS = 210
SIZE = 5000

KEYS = [f"key{i}" for i in range(SIZE)]

checksum = 0
for r in range(ROUNDS):
    by_int = {}
    for i in range(SIZE):
        by_int[i * 31 % 7919] = i + r
    by_str = {}
    for i in range(SIZE):
        by_str[KEYS[i]] = i
    # lookups, hits and misses
    hits = 0
    for i in range(SIZE):
        if i in by_int:
            hits += by_int[i]
        hits += by_str.get(KEYS[(i * 13) % SIZE], 0)
        hits += by_str.get("missing", -1)
    # update in place
    for k in KEYS[::3]:
        by_str[k] += 5
    counts = {}
    for k in KEYS:
        c = k[-1]
        counts[c] = counts.get(c, 0) + 1
    # iterate items / comprehension
    acc = 0
    for k, v in by_str.items():
        if v % 2 == 0:
            acc += v
    inverted = {v: k for k, v in by_int.items() if v % 5 == 0}
    for k in list(by_int)[:1000]:
        del by_int[k]
    by_int.update(inverted)
    checksum = (checksum + hits + acc + len(inverted) + len(by_int) + counts["7"]) % 1_000_000_007

print(f"checksum={checksum}")
