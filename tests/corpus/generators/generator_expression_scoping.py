n = 10
gen = (n * i for i in range(3))
n = 100
print(list(gen))
items = [1, 2, 3]
g = (x for x in items)
items = [7, 8, 9]
print(list(g))
def make():
    k = 2
    return (k * j for j in range(3))
print(list(make()))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in "a bbb cc".split()))
