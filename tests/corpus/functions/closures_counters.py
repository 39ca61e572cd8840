def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7))
def counter_pair():
    n = 0
    def get():
        return n
    def bump():
        nonlocal n
        n += 1
    return get, bump
get, bump = counter_pair()
bump(); bump(); bump()
print(get())
def make_accumulators():
    data = []
    def add(x):
        data.append(x)
        return len(data)
    def snapshot():
        return list(data)
    return add, snapshot
add, snap = make_accumulators()
add("a"); add("b")
print(snap())
print(c1.__name__, make_multiplier(1).__name__)
