print(2 ** 100)
print(2 ** 64, 2 ** 63, 2 ** 63 - 1)
print(-(2 ** 63), -(2 ** 63) - 1)
print(10 ** 30)
print(3 ** 50)
print((-7) ** 21)
print(2 ** 200 // 2 ** 100 == 2 ** 100)
big = 1
for i in range(1, 40):
    big = big * 7 + i
print(big)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(2 ** 0, 0 ** 0, 1 ** 1000)
