d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d)
e = d.copy()
e["new"] = True
print(d, e, len(e))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0))
d.clear()
print(d, len(d), bool(d))
inv = {"sword": 1, "potion": 3}
print("sword" in inv, "shield" not in inv, 1 in inv)
del inv["sword"]
print(inv)
for bad in [lambda: inv["missing"], lambda: inv.pop("missing"), lambda: {}.popitem()]:
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e, repr(e))
