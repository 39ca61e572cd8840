fns = [len, str, abs, bool, int, float, list, sorted, type, repr]
for f in fns:
    try:
        print(f.__name__, f("-3") if f not in (abs,) else f(-3))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
conv = {"int": int, "float": float, "str": str}
print([conv[k]("7") for k in conv])
print(list(map(type, [1, "a", 2.0, None, [], {}])))
