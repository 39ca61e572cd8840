for x in [1.5, 0.1, -2.0, 0.0, -0.0, 1e300, 5e-324, 2.2250738585072014e-308, 123.456, float("inf"), float("-inf"), float("nan")]:
    print(repr(x), x.hex())
for s in ["0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x.8", "1p4", " 0x10 ", "inf", "-nan", "0x0p0"]:
    print(s, float.fromhex(s))
for bad in ["0xg", "", "0x1p"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print("ValueError", e)
print(float.fromhex((3.75).hex()) == 3.75, all(float.fromhex(v.hex()) == v for v in [0.1 * k for k in range(50)]))
class Slot:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
s = Slot(42)
print(hex(s), oct(s), bin(s), [10, 20, 30][Slot(2)], "abcdef"[Slot(1)])
import operator
print(operator.index(Slot(7)))
class Bad:
    def __index__(self):
        return "no"
try:
    hex(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    hex(3.5)
except TypeError as e:
    print("TypeError", e)
