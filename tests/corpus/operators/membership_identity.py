print(3 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc", "bc" in "abc", "" in "abc")
print("a" in {"a": 1}, 1 in {"a": 1}, 2 in {1, 2}, 2 in (1, 2), 5 in range(10), 5 in range(0, 10, 2))
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]])
print(b"b" in b"abc", 98 in b"abc")
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z)
print(None is None, True is True)
print(type(1) is int, type("s") is not str)
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, item):
        print("contains called with", item)
        return item in self.items
b = Box([1, 2])
print(1 in b, 3 not in b)
class Seq:
    def __iter__(self):
        return iter([10, 20, 30])
print(20 in Seq(), 25 in Seq())
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
