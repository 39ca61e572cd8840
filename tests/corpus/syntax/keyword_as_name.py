# cloaca: syntax-error
class = 5
