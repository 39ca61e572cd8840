# Arithmetic and comparisons on small ints and floats take inline fast paths in the VM; they
# must agree with the general path at every edge: overflow into big ints, floor division and
# modulo with negative operands, mixed int/float, division by zero, NaN and infinities, and
# comparisons fused with the branch that follows them.

big = 2**62
print(big + big, big * 4, -big - big - big, (-(2**63)) - 1, 2**63 - 1 + 1)
for a in (7, -7, 0, 13):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, a & b, a | b, a ^ b, divmod(a, b))
for a, b in ((7, 2.0), (7.5, 2), (-7.5, 2), (1, 3), (2**53 + 1, 1.0), (0.1, 0.2)):
    print(a + b, a - b, a * b, a / b, a // b, a % b)
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0)):
    for op in (lambda x, y: x / y, lambda x, y: x // y, lambda x, y: x % y):
        try:
            print(op(a, b))
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1.0, nan >= nan, inf > 1e308, -inf < -1e308, inf - inf)
print(1 < 2.5, 2.5 < 1, 3 == 3.0, True + 1, True < 2, 1.0 == True)

count = 0
x = 0.0
while x < 10.0:
    x += 0.5
    if x >= 3.0 and x != 4.0:
        count += 1
print(x, count)

i = 0
hits = []
while i < 20:
    if i % 3 == 0:
        hits.append(i)
    elif not i > 10:
        hits.append(-i)
    i += 1
print(hits)
total = 0
for k in range(-5, 6):
    total += k // 2 + k % 3 + (k ^ 5) - (k & 3)
print(total)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2, 1e16 + 1.0, 3 * 1.1, 10 / 4, 10 / 5, -0.0 * 1)
