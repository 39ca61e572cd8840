for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=10)), list(enumerate([], 5)))
print(list(enumerate("ab", -1)))
print(list(zip([1, 2, 3], "abcd")), list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), "xyz")))
names = ["ann", "bob"]
ages = [31, 25]
print(dict(zip(names, ages)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
e = enumerate("hi")
print(next(e), next(e), next(e, None))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
