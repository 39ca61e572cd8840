first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = [1, 2]
print(a, mid, b)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
head, *tail = (9,)
print(head, tail)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
*all_of_it, = {"k": 1, "j": 2}
print(all_of_it)
print(*[1, 2, 3], sep="-")
merged = [*range(3), *[10, 11]]
print(merged)
