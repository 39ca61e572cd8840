print(format(3.14159, ".2f"), format(42, "08b"), format(255, "x"), format(1234567, ","))
print(format("hi", ">6"), format("hi", "<6") + "|", format("hi", "^6") + "|", format(0.5, "%"))
print(format(12.0), format(12), format("s"), format(True), format(None))
print(format(-42, "+d"), format(42, " d"), format(3.0, "g"), format(1e-7, "g"), format(123456789.0, "g"))
print(format(1.5, "e"), format(1234.5, "E"), format(0.000123, ".2e"), format(2 ** 70, ","))
print(format(3.14159, "10.3f") + "|", format(-3.14159, "010.2f"), format(5, "=+5d"))
print(format(65, "c"), format(10, "#x"), format(10, "#o"), format(10, "#b"), format(1.0, ".0f"), format(2.5, ".0f"))
try:
    format(1, "z")
except ValueError as e:
    print("ValueError:", e)
