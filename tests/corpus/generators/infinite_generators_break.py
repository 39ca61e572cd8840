def cycle(seq):
    while True:
        for s in seq:
            yield s
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
out = []
for color, i in zip(cycle(["red", "green", "blue"]), count(10, 5)):
    if i > 40:
        break
    out.append((color, i))
print(out)
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)), max(collatz(27)), len(list(collatz(97))))
