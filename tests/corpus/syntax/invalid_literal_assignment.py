# cloaca: syntax-error
1 = x
