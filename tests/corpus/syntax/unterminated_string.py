# cloaca: syntax-error
print("hello)
print("never runs")
