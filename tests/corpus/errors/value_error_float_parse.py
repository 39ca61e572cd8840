for s in ["1.5", "2e3"]:
    print(float(s))
print(float("one point five"))
