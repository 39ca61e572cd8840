a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xFF, -256 | 1, -5 ^ 3, ~-1, ~0)
print(-16 >> 2, -1 >> 10, -17 >> 1, 1 << 100)
print((1 << 100) >> 99, ((1 << 100) - 1) & 0xF0F0)
print(-(1 << 70) >> 3, (-(1 << 70)) & 0xFF, -(1 << 70) | 5)
print(0xFF ^ 0x0F, 0xDEAD & 0xBEEF)
x = 5
x |= 2
x &= 6
x ^= 1
x <<= 3
x >>= 1
print(x)
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(flags, [i for i in range(8) if flags & (1 << i)])
print(True & True, True | False, 6 & True)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1.0 & 1)
except TypeError as e:
    print("TypeError", e)
