# cloaca: syntax-error
for i in range(3):
print(i)
