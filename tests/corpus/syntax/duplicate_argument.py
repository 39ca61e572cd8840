# cloaca: syntax-error
def f(a, a):
    return a
