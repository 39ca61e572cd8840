x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def modify():
    global x
    x = "modified"
print(read(), shadow(), x)
modify()
print(read(), x)
def make_new_global():
    global brand_new
    brand_new = 42
try:
    print(brand_new)
except NameError as e:
    print("NameError:", e)
make_new_global()
print(brand_new)
def uses_builtin():
    return len("abc")
len = lambda s: "shadowed len"
print(uses_builtin())
del len
print(uses_builtin())
def comprehension_global():
    return [x for _ in range(2)]
print(comprehension_global())
