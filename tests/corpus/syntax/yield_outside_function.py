# cloaca: syntax-error
yield 5
