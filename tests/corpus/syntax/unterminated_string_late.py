# cloaca: syntax-error
def ok():
    return "fine"
print(ok())
message = 'runaway
