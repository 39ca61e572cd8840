memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(2, 2), paths(10, 10), paths(16, 16), len(memo))
def partitions(n, m=None, cache={}):
    if m is None:
        m = n
    if n == 0:
        return 1
    if n < 0 or m == 0:
        return 0
    key = (n, m)
    if key not in cache:
        cache[key] = partitions(n - m, m) + partitions(n, m - 1)
    return cache[key]
print([partitions(i) for i in range(1, 15)], partitions(100))
