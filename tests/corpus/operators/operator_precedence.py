print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, 2 * -3, 10 - 4 - 3, 100 / 10 / 5)
print(1 + 2 < 4, 1 < 2 and 3 > 2, not 1 == 2, 1 | 2 ^ 3 & 4, 1 << 2 + 1, 7 & 3 == 3)
print(5 % 3 * 2, 5 * 3 % 2, -7 // 2 * 2, 2 + 3 if False else 4 + 5)
print(True or False and False, (True or False) and False, not True or True)
x = 5
print(x > 3 == True, (x > 3) == True, x in [5] == True)
print((lambda: 0 if False else 1)() is not None)
print([1, 2, 3][1:] + [4] * 2, "a" "b" * 2, ~1 + 1, -~1)
print(3 - -3, 3 + +3, 2 * 3 ** -1)
