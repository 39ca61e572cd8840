# cloaca: syntax-error
name = "x"
print(f"{name")
