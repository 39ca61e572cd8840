# cloaca: syntax-error
x = 1
nonlocal x
