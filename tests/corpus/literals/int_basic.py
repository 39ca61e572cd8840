a = 42
b = -17
c = 0
print(a, b, c)
print(0x1F, 0o17, 0b1011, 1_000_000)
print(a + b, a - b, a * b)
print(type(a).__name__, type(a + 0).__name__)
print(int("123"), int("-45"), int("  7  "))
print(int("ff", 16), int("777", 8), int("1010", 2), int("zz", 36))
print(int("0x1f", 0), int("0b11", 0), int("0o17", 0))
print(int(3.99), int(-3.99), int(True), int(False))
print(abs(-5), -(-5), +5)
x = 10
x += 5
print(x)
print(1_0 + 0x_ff)
