inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf + 1, inf * 2, -inf * 3, inf - inf)
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, inf == float("infinity"), float("-inf") == -inf)
print(1e308 * 10, -1e308 * 10)
print(0 * inf, inf / inf)
print(repr(inf), repr(nan), str(-inf))
x = nan
print(x is x, x == x, [x] == [x])
print(max(1.0, inf), min(-inf, 0))
print(abs(-inf), -(-inf))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(float("inf") == 2 ** 2000, float("-inf") < -(2 ** 2000))
print(round(2.5), round(-0.5))
