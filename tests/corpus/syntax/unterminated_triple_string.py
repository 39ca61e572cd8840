# cloaca: syntax-error
print("before")
text = """this string
never ends
