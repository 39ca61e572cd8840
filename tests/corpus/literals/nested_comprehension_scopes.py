x = 10
print([x * i for i in range(3)])
print([[i + j for j in range(i)] for i in range(4)])
def f():
    y = 5
    return [y + k for k in range(3)]
print(f())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
print({i: [j for j in range(i)] for i in range(4)})
print(sorted({(a, b) for a in range(3) for b in range(3) if a + b == 2}))
print(list(zip(*[[r * 3 + c for c in range(3)] for r in range(3)])))
pairs = [(a, b) for a in "xy" for b in (1, 2)]
print(pairs)
print([i for i in range(3)], "i" in dir() if False else "no leak")
