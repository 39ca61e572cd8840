# cloaca: syntax-error
x = 5 $ 3
