print("abc".upper())
print("abc".no_such_method())
