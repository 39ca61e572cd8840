# more of the math module: integer functions, decomposition, accuracy of hypot/dist/fsum
import math
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(12, 18, 27), math.gcd())
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 3), math.comb(10, 3), math.comb(5, 7))
print(math.perm(5, 2), math.perm(4), math.isqrt(99), math.isqrt(10 ** 20), math.trunc(-3.7), math.trunc(8))
print(math.degrees(math.pi), math.radians(90), math.copysign(2, -0.0), math.fmod(7, -3), math.fmod(-7.5, 2))
print(math.remainder(10, 3), math.remainder(11, 2), math.remainder(-7.5, 2), math.modf(3.25), math.modf(-2.5))
print(math.frexp(10.0), math.frexp(0.1), math.ldexp(0.625, 4), math.ldexp(1, -3))
print(math.hypot(3, 4), math.hypot(1.1, 2.2, 3.3), math.hypot(0.1, 0.7), math.hypot())
print(math.dist((0, 0), (3, 4)), math.dist([1, 2.5, -1], [4.1, 7, 2]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.prod([0.5, 4], start=3), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.log2(1024), math.log1p(0.0), math.expm1(0.0), math.asin(1), math.acos(1), math.sinh(1), math.cosh(0), math.tanh(0.5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
for bad in (lambda: math.factorial(-1), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.acos(2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
