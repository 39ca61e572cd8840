actions = {}
for name in ["jump", "run", "duck"]:
    actions[name] = lambda n=name: f"performing {n}"
print([actions[k]() for k in actions])
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
key_funcs = [lambda s: s.lower(), lambda s: len(s), lambda s: s[::-1]]
words = ["bb", "A", "ccc", "aA"]
for kf in key_funcs:
    print(sorted(words, key=kf))
