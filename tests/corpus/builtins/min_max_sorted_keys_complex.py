people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cat", 31, 5.2), ("dan", 19, 5.9)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[2]))
print(sorted(people, key=lambda p: (p[1], -p[2])))
print([p[0] for p in sorted(people, key=lambda p: p[0], reverse=True)])
print(max(people, key=lambda p: (p[1], p[0])))
print(min(range(-5, 6), key=lambda x: (abs(x), x)))
print(sorted(["b10", "a2", "b9", "a10"], key=lambda s: (s[0], int(s[1:]))))
