print(chr(65), chr(97), chr(48), chr(8364), chr(0x1F600), repr(chr(0)), repr(chr(10)))
print(ord("A"), ord("z"), ord("€"), ord("😀"), ord(" "))
print(hex(255), hex(-255), hex(0), hex(2 ** 64), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(int(hex(12345), 16), int(bin(77), 2), int(oct(99), 8))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([bin(i).count("1") for i in range(8)])
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
