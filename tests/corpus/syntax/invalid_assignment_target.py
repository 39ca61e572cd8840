# cloaca: syntax-error
f() = 5
