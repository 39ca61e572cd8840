print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0, 1]), any([0, ""]))
print(all("abc"), any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1, 2]))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), calls)
calls.clear()
print(all(check(x) for x in [5, 1, 9]), calls)
print(all([[]]), any([[]]), all([[0]]), any({0: "a"}), any({1: "a"}))
grid = [[1, 1], [1, 0]]
print(all(all(row) for row in grid), any(all(row) for row in grid))
