for i in range(3):
    print("i", i)
for ch in "abc":
    print(ch, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print("key", k)
for k, v in {"x": 1, "y": 2}.items():
    print(k, "->", v)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(5):
    if i == 3:
        break
else:
    print("unreachable")
for i in []:
    print("never")
else:
    print("empty loop else")
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print("total", total)
for i in range(3):
    pass
print("i after loop", i)
lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(4)
print(lst)
