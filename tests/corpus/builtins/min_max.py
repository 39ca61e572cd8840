print(min(3, 1, 2), max(3, 1, 2), min([4, 8]), max("hello"), min("b", "a", "c"))
print(max([1, -5, 3], key=abs), min(["bb", "a", "ccc"], key=len), max(["bb", "aa"], key=len))
print(min([], default="empty"), max([], default=None), max([7], default=0))
print(max((1, "b"), (1, "a")), min([[2], [1, 9]]))
print(max(range(10), key=lambda x: (x % 3, -x)))
scores = {"ann": 90, "bob": 95, "cat": 95}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
print(max(1, 2.5, -3), min(True, 2), max(2 ** 70, 1e10))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
