# cloaca: syntax-error
x = [1, 2, 3)
