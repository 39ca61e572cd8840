print(int("42"), int("-0"), int("+7"), int("1_000"), int(" 12\n"), int(42.9), int(-0.5))
print(int("101", 2), int("FF", 16), int("z", 36), int("0xff", 16), int("10", base=8))
print(float("3.5"), float(2), float("-1e3"), str(12), str(1.0), str([1, "a"]), str(None))
print(bool(0), bool("False"), bool([]), bool(0.0), bool(-1))
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list())
print(tuple([1, 2]), tuple("ab"), tuple(), tuple(x for x in range(2)))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, extra=2), dict(zip("ab", (1, 2))), dict())
print(sorted(set("hello")), sorted(set([3, 1, 3])), set(), sorted(frozenset("aab")), frozenset())
print(repr("s"), repr(1.5), repr([None]), repr((1,)), repr({}), repr(set()))
for bad in ["x", "1.5", "", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
