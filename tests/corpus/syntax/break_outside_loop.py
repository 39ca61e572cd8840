# cloaca: syntax-error
x = 1
if x:
    break
