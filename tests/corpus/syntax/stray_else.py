# cloaca: syntax-error
x = 1
else:
    pass
