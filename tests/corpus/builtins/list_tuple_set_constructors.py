print(list(), list("hi"), list(range(3)), list({"a": 1, "b": 2}.values()), list((x for x in "ab")))
print(tuple(), tuple([1, 2]), tuple("xy"), tuple({3: 4}))
print(sorted(set("banana")), sorted(set(range(5)) - set([1, 3])), sorted(frozenset((3, 1))))
l = [1, 2]
l2 = list(l)
l2.append(3)
print(l, l2)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
