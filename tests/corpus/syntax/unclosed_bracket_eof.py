# cloaca: syntax-error
items = [1, 2, 3,
         4, 5
