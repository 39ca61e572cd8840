# int / int true division is correctly rounded (big ints too)
import random
r = random.Random(11)
out = []
for i in range(3000):
    a = r.getrandbits(r.randint(1, 200)) * r.choice([1, -1])
    b = r.getrandbits(r.randint(1, 200)) or 1
    out.append(a / b)
    out.append((a * 3 + 1) / (b * 7 + 2))
print(sum(hash(x) for x in out) % 1000003, out[:5])
print(10**30 / 3, -(10**40) / 7, 2**64 / 3, 0 / -(2**70), (2**53 + 1) / 1, (2**1100) / (2**100 + 1), 1 / 2**1074)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print(e)
print(9007199254740993 / 1, 123456789012345678901234567890 / 987654321)
