def make():
    fns = []
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    fns.append(get)
    fns.append(set_)
    value = 5
    return fns
get, set_ = make()
print(get())
set_(99)
print(get())
g2, s2 = make()
print(g2(), get())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()
print(outer()())
