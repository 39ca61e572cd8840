data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 5])
print(y)
i = 0
while (i := i + 1) < 5:
    print("loop", i)
print("after", i)
values = []
while (chunk := data[len(values):len(values) + 2]):
    values.append(sum(chunk))
print(values)
print((total := 10) + total)
def f():
    if (r := 42) > 40:
        return r
print(f())
stuff = [(q := 1), q + 1, q + 2]
print(stuff, q)
print(any((hit := v) > 5 for v in data), hit)
