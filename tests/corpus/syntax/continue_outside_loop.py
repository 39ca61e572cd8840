# cloaca: syntax-error
def f():
    continue
