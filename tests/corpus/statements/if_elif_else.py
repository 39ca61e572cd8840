def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))
if []:
    print("empty list truthy?")
else:
    print("empty list falsy")
if "0":
    print("non-empty string truthy")
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x: print("one-liner")
if not x: pass
else: print("else one-liner")
