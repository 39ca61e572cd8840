data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("banana"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}))
words = ["pear", "Apple", "fig", "banana", "kiwi", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [("ann", 3), ("bob", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))), list(reversed((1, 2))))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"))
print(sorted([]), sorted([[2, 1], [1, 5], [1, 2]]), sorted([-1.5, 2, -3, 0.5], key=abs))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
