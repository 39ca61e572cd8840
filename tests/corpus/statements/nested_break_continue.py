found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
out = []
for i in range(4):
    for j in range(4):
        if j > i:
            continue
        if (i + j) % 3 == 0:
            continue
        out.append((i, j))
print(out)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j == 2:
            break
    i += 1
    print("i", i, "j", j)
for word in ["alpha", "beta", "gamma"]:
    for ch in word:
        if ch in "aeiou":
            print(word, "first vowel", ch)
            break
    else:
        print(word, "no vowel")
