funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])
def make():
    result = []
    for j in range(3):
        def show():
            return j
        result.append(show)
    j = 99
    return result
print([f() for f in make()])
def bind(v):
    return lambda: v
print([f() for f in [bind(k) for k in "abc"]])
x = "global x"
def reader():
    return x
x = "changed global x"
print(reader())
adders = {n: (lambda m, n=n: m + n) for n in range(3)}
print([adders[n](10) for n in adders])
