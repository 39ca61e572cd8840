vals = [0, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(2), len]
for v in vals:
    kinds = [t.__name__ for t in (int, float, str, bytes, list, tuple, dict, set, frozenset, bool, range) if isinstance(v, t)]
    print(repr(v) if v is not len else "len", kinds)
print(isinstance(True, (str, int)), isinstance(1, (float, (str, int))))
