def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_total(range(1, 6))))
print(max(running_total([3, -1, 4, -1, 5])), sum(running_total([1, 1, 1])))
def pairwise(xs):
    it = iter(xs)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise("abcd")), list(pairwise([])), list(pairwise([1])))
print(dict(pairwise(range(6))))
