print(1 == 1.0 == True, 0 == 0.0 == False == -0.0)
print("1" == 1, [1] == (1,), None == 0, {} == [], (1, 2) == [1, 2])
print(2 ** 100 > 1e30, 2 ** 100 < 1e31, -(2 ** 100) < -1e30, 2 ** 1000 > float("1e308"))
print(float("nan") in [float("nan")], 1 in [True], 0 in [False])
print(sorted([3, 1.5, True, 2 ** 65, -2.5, False]))
print(max([1, 1.0]), max([1.0, 1]), min(True, 1), type(min(True, 1)).__name__)
ops = [(1, "a"), ([], ()), ({}, {}), (None, None)]
for a, b in ops:
    for name, op in [("<", lambda x, y: x < y), (">=", lambda x, y: x >= y)]:
        try:
            print(repr(a), name, repr(b), op(a, b))
        except TypeError as e:
            print("TypeError:", e)
