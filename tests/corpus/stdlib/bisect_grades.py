# bisect: bisect / bisect_left / insort (with key=)
import bisect
scores = [10, 20, 20, 30]
print(bisect.bisect(scores, 20), bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 5))
bisect.insort(scores, 25); print(scores)
def grade(s, bps=[60, 70, 80, 90], g="FDCBA"):
    return g[bisect.bisect(bps, s)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
items = [("a", 1), ("c", 5)]
bisect.insort(items, ("b", 3), key=lambda t: t[1]); print(items)
print(bisect.bisect_left([1, 2, 3], 2, key=lambda x: x))
