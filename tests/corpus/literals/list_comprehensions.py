print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(8)])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c != "l"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print([x for x in range(30) if x % 2 if x % 3])
words = ["apple", "bob", "kayak", "tree", "level"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words])
x = "outer"
print([x for x in range(3)], x)
print([(i, j) for i, j in zip("abc", range(3))])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([n for n in [3, 1, 2] for _ in range(n)])
