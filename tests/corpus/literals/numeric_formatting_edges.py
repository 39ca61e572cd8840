# number formatting and numeric edge cases
import math
vals = [0.1, 0.5, 1.5, 2.5, 1/3, 2/3, 1e-4, 1.23456789e-5, 123456.789, 1e15, 1.5e16, 9.999999e22, -0.0, 100.0, 3.0e-310]
for v in vals:
    print(repr(v), str(v), f"{v:e}", f"{v:.3g}", f"{v:g}", f"{v:.10f}", round(v, 3), "%s %r %.4e" % (v, v, v))
for n in [7, -7, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, 10**18, -(10**19)]:
    print(n, n // 3, n % 3, -n // 7, n >> 2, n << 3, n & 0xFF, n ^ -1, abs(n) ** 2 % 1000003, divmod(n, -5), f"{n:,}", f"{n:#x}")
print(math.floor(1e300), int(1e300) == 10**300, float(10**300) == 1e300, 2 ** 0.5 ** 2, (-2) ** 2, -2 ** 2)
print(1e308 + 1e308, -(1e308 + 1e308), (1e308 + 1e308) * 0, math.isinf(1e400), float("  -1_000.5  "))
print(0.1 + 0.2, 0.3 - 0.1, 1.1 * 1.1, 3 * 0.1, 1 - 0.9, 100 * 1.1, 0.1 ** 2, 2 ** -1074, 2.0 ** 1023 * 2 if False else 0)
print(7.0 // 0.1, 7.0 % 0.1, -7.0 % 0.1, math.fmod(-7.0, 3), 5.5 // -2, 5.5 % -2, divmod(-5.5, 2))
print(int("0o17", 0), int("0x1F", 16), int("  -0b11  ", 0), int("1" * 25), float("1e-400"), float(".5e1"), float("infinity"), float("-NaN"))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1.005, 2), round(123.456, 1), round(-123.456, -1), round(5, -1), round(15, -1), round(25, -1))
print(f"{1234567.891:,.2f} {0.000012345:.2e} {123.456:010.2f} {-42:+06d} {42:^+9d} {3.14159:=+10.3f} {1e6:,.0f} {255:08b} {0.1:.20f}")
print(f"{12345.6789:_.1f} {1e-7:.1e} {float('inf'):+} {float('nan'):+.2f} {-1e-20:.3f} {99.995:.2f} {0.125:.2f} {0.375:.2f}")
print(hash(1) == hash(1.0) == hash(True), 1 == 1.0 == True, {1, 1.0, True}, {0: 'a', 0.0: 'b', False: 'c'})
print(sum([1e20, 1.0, -1e20]), math.fsum([1e20, 1.0, -1e20]), sum([0.1] * 3) == 0.3, abs(sum([0.1] * 3) - 0.3) < 1e-9)
print(min(3, 1.0, 2), max([1, 2.0, 2]), max(2, 2.0), min(2.0, 2), sorted([3, 1.5, 2, -0.0, 0]))
print(10 / 4, 10 // 4, -10 / 4, -10 // 4, 10 % -4, 2 ** 10, 2 ** -2, 4 ** 0.5, 8 ** (1 / 3), (-8) % 3)
print(bin(255), oct(255), hex(255), hex(-1), int(-2.5), int(2.9999999), float(True), complex_like if False else "")
print(str(10**50), repr(-10**25), len(str(2**10000)), str(2**100)[::-1][:10], (3**200) % (10**9 + 7))
print(math.gcd(2**64, 6**20), math.lcm(12, 18, 30), math.isqrt(2**100), math.comb(100, 50), math.perm(10), math.factorial(25))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 0.1 + 0.2 > 0.3)
