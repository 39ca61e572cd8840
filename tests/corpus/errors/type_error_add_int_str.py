x = 5
print("x is " + str(x))
print(x + "1")
