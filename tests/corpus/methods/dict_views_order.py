d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d))
d["alpha"] = 99
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d.items()))
keys = d.keys()
vals = d.values()
items = d.items()
d["late"] = 4
print(len(keys), list(keys)[-1], list(vals)[-1], ("late", 4) in items, "mid" in keys)
print(sorted(d.keys() & {"mid", "nope"}), sorted(d.keys() - {"mid"}), sorted(d.keys() | {"x"}))
print(list(reversed(d)), list(reversed(d.values())))
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), {**a, **{"x": 5}}, a | {"z": 3})
a |= {"w": 0}
print(a)
