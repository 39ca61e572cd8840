for s in ["1.5", "  -2.25 ", "1e10", "1E-3", "inf", "-inf", "Infinity", "+nan", "nan", "0", "-0",
          ".5", "5.", "1_000.5", "3.14159", "1e400", "-1e400", "  12  "]:
    print(repr(s), float(s))
for s in ["abc", "", "1.2.3", "1e", "--1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(3), float(-7), float(True), float(2 ** 70))
print(float("0.1") + float("0.2"))
