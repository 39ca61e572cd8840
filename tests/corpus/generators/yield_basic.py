def count_up(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
for v in g:
    print("loop got", v)
print(list(count_up(0)))
def evens():
    n = 0
    while True:
        yield n
        n += 2
for e in evens():
    if e > 8:
        break
    print(e, end=" ")
print()
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if len(out) == 12:
        break
    out.append(x)
print(out)
