for x in 12:
    print(x)
