n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print("even", i)
else:
    print("not reached")
print("i =", i)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
x = 5
while x:
    x -= 1
print(x)
