# cloaca: syntax-error
print("top level")
return 5
