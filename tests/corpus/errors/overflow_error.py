import math
print(math.exp(10) > 1)
print(int(float("inf")))
