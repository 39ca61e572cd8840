counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def accumulator():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator()
print(acc(5), acc(10), acc(-3))
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def two_levels():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 10
        inner()
    mid()
    return v
print(two_levels())
global global_at_module
global_at_module = 1
print(global_at_module)
