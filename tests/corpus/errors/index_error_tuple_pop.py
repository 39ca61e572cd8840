t = (1, 2)
try:
    t[9]
except IndexError as e:
    print(e)
[].pop()
