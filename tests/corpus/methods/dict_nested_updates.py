config = {"video": {"width": 800, "height": 600}, "audio": {"volume": 5}}
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
merged = deep_merge(config, {"video": {"width": 1920}, "controls": {"jump": "space"}})
print(merged)
print(config)
def flatten(d, prefix=""):
    items = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            items.update(flatten(v, key + "."))
        else:
            items[key] = v
    return items
print(flatten(merged))
print(sorted(flatten(merged).items(), key=lambda kv: str(kv[1])))
