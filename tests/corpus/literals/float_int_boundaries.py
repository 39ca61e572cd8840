print(float(2 ** 63), float(-(2 ** 63)), int(float(2 ** 63)), int(9.223372036854776e18))
print(int(1e20), int(-1e20), int(1.5e300) == 15 * 10 ** 299)
print(2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 63 == 2.0 ** 63)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 == float("inf"))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(round(1e16), round(123.456e10), int(-0.9999), int(0.9999))
