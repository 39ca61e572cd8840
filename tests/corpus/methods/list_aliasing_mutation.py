a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
orig = ["orig"]
print(mutate(orig), orig)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)
x = [1, 2, 3]
x[1:2] = x
print(x)
y = [0]
y.append(y)
print(y, y[1] is y)
