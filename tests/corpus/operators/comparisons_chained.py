x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, 5 == x == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 > 1 < 2, 3 > 2 > 1 > 0 > -1)
print(1 == 1 != 2, 1 != 1 == 1)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
print("a" < "b" < "c", "abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), [1] == [1.0])
print(None == None, None != 0)
print(1 < 2 == 2, (1 < 2) == 2)
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a != b)
print(2 ** 64 > 2 ** 63 > 1.5 > -2 ** 100)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)
