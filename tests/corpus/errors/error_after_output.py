for i in range(5):
    print("line", i)
raise SystemError if False else LookupError("done printing")
