def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, fact(n))
print(fact(100) % 1000000007)
print(fact(52) // fact(47))
digits = str(fact(60))
print(len(digits), sum(int(d) for d in digits))
zeros = 0
s = str(fact(100))
while s.endswith("0"):
    s = s[:-1]
    zeros += 1
print("trailing zeros of 100!:", zeros)
