print({x: x * x for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w[0]: w for w in words})
by_len = {n: [w for w in words if len(w) == n] for n in sorted({len(w) for w in words})}
print(by_len)
print(sorted({x % 5 for x in range(100)}))
print(sorted({c for c in "mississippi"}))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print({k: counts[k] for k in sorted(counts)})
print(sorted({frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}, key=lambda f: sorted(f)))
print(len({i * j for i in range(10) for j in range(10)}))
