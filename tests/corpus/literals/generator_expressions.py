print(sum(x * x for x in range(101)))
g = (c for c in "abc")
print(next(g), next(g), list(g), list(g))
print(list(x for x in range(10) if x % 3 == 1))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 5 for x in [1, 2, 7]), all(x > 0 for x in [1, 0]))
print(tuple(i * 2 for i in range(4)), sorted((x for x in [3, 1, 2]), reverse=True))
print(", ".join(str(i) for i in range(5)))
squares = (n * n for n in range(5))
total = 0
for s in squares:
    total += s
print(total)
gen = ((i, j) for i in range(3) for j in range(2) if i != j)
print(list(gen))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(min((abs(x - 10), x) for x in [3, 8, 14, 11]))
print(type(x for x in []).__name__)
def first(it):
    for v in it:
        return v
print(first(n for n in range(10**9) if n * n > 50))
