# cloaca: syntax-error
x = 
print(x)
