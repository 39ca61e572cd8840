# cloaca: syntax-error
total = (1 + 2
print(total)
