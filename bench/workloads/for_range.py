# for-loop over range() with integer arithmetic in the body (no calls).

N = 4_500_000
total = 0
acc = 7
for i in range(N):
    total += i * 3 - (i >> 2)
    if i % 7 == 0:
        acc = (acc * 31 + i) % 1_000_003
    else:
        acc ^= i & 0xFF
print(f"total={total} acc={acc}")
