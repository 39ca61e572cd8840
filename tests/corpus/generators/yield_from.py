def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(3)
print(list(outer()))
def tree_walk(node):
    value, children = node
    yield value
    for child in children:
        yield from tree_walk(child)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [])])])
print(list(tree_walk(tree)))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1], (2, 3), {4: "x"})))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
