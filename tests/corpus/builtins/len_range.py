print(len([1, 2, 3]), len("héllo"), len((1,)), len({}), len({1: 2, 3: 4}), len({1, 1, 2}), len(b"ab"), len(range(10)))
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
print(len(range(0, 100, 7)), len(range(10, -10, -3)), len(range(0)), len(range(5, 1)))
r = range(3, 30, 4)
print(r, r[0], r[2], r[-1], r[-2], r.start, r.stop, r.step)
print(7 in r, 8 in r, r.index(11), r.count(15))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1))
print(list(range(-5, 5, 2)), list(reversed(range(4))), sum(range(101)))
print(range(10)[2:8:2], list(range(10)[::-1][:3]))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(len(range(2 ** 40)))
