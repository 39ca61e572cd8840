def reduce(fn, items, initial):
    acc = initial
    for it in items:
        acc = fn(acc, it)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0))
print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(lambda a, b: b + a, "hello", ""))
print(reduce(max, [3, 9, 2], float("-inf")))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
print(curry(pow)(2)(10), [curry(lambda x, y: x - y)(10)(i) for i in range(3)])
