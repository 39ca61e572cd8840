import math
print([math.factorial(i) for i in range(10)])
print(math.gcd(2 ** 40, 6 ** 20), math.gcd(17, 5), math.gcd(-12, 18))
print(math.isqrt(10 ** 20), math.isqrt(2 ** 101), math.isqrt(0))
print(math.comb(52, 5), math.perm(10, 3), math.comb(100, 50))
print(math.floor(7 / 2), math.ceil(7 / 2), math.floor(-7 / 2), math.ceil(-7 / 2), math.trunc(-3.5))
print(math.floor(2 ** 70 / 3) == 2 ** 70 // 3)
print([n for n in range(2, 60) if all(n % d for d in range(2, math.isqrt(n) + 1))])
