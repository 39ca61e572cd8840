n = 0
def bump():
    global n
    n += 1
    return n
print(1 < bump() < 3, n, bump() < 0 < bump(), n)
def counter():
    c = 0
    def inc(k=1):
        nonlocal c
        c += k
        return c
    return inc
i = counter(); i(); i(5); print(i())
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6], y)
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2, **{"a": 3}}, {*"aab"} == {"a", "b"})
d1 = {"x": 1, "y": 2}; d2 = {"y": 3, "z": 4}; print(d1 | d2, d2 | d1); d1 |= d2; print(d1)
tbl = str.maketrans({"a": "4", "e": "3", "o": None}); print("hello oracle".translate(tbl), str.maketrans("ab", "xy"))
print(divmod(17, -5), divmod(-7.5, 2), divmod(2**70, 7))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(2.675, 2), round(0.5 + 1e-9))
print(int("  42 "), int("-0b101", 0), int("1_000"), float("1e-3"), int(3.99), int(-3.99), float("inf") > 10**400)
print(2**200 // 3**50, (-2)**127 % 1000007, pow(3, 10**5, 10**9+7), 10**30 // -7, -(10**30) % 7)
print(min([], default="none"), max([3, 1], default=0), min("bca"), max({"a": 3, "b": 1}, key=lambda k: -ord(k)))
print(isinstance(3, (str, int)), isinstance(3.0, int | str), isinstance(None, type(None) | int))
print(list(enumerate("abc", start=1)), dict(enumerate("xy", 10)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(", ".join(str(x * x) for x in range(5)), "-".join(map(str, range(3))))
print("a", "b", sep="|", end="!\n"); print(*[1, 2, 3], sep=""); print()
print({k: v for k, v in sorted({"b": 1, "a": 2, "c": 0}.items(), key=lambda kv: kv[1])})
recs = [("bob", 3, 2.5), ("al", 3, 1.0), ("cy", 1, 2.5), ("di", 3, 2.5)]
print(sorted(recs, key=lambda r: (-r[1], r[2], r[0])), sorted(recs, key=lambda r: r[0][::-1], reverse=True))
print(f"{3.14159:8.3f}|{42:+05d}|{'x':^7}|{1234567:,}|{0.25:.1%}|{255:#x}|{255:08b}|{1e20:g}|{12.0:g}|{-0.0}")
print("%5.1f|%-4d|%s|%r|%x|%e" % (2.345, 7, None, "q", 255, 12345.678), "{0}{1}{0}".format("ab", "c"), "{:*^9}".format("mid"))
print(f"{'nest':{'>'}{10}}", f"{2**0.5=:.3f}", "{x[0]}-{y.real}".format(x=[7], y=3))
memo = {}
def part(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    if (n, k) not in memo:
        memo[(n, k)] = part(n - k, k) + part(n, k - 1)
    return memo[(n, k)]
print(part(100, 100), len(memo))
