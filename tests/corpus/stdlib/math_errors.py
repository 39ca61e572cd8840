import math
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -5), (math.factorial, -1), (math.acos, 2)]:
    try:
        print(fn(arg))
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(2.5)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(math.sqrt(0), math.log(1), math.exp(-1000))
