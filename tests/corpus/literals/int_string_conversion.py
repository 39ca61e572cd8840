for n in [0, 7, -7, 255, 2 ** 64, -(2 ** 70), 10 ** 18]:
    print(n, str(n), repr(n), hex(n), oct(n), bin(n)[:12], len(str(n)))
print(int("0"), int("-0"), int("000123"), int("1" * 25), int("-" + "9" * 19))
print(int("7fffffffffffffff", 16), int("-8000000000000000", 16), int("1" * 64, 2))
print(str(12345)[::-1], int(str(12345)[::-1]))
print(sum(int(c) for c in str(2 ** 100)))
