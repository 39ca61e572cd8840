# bytes methods: case, search, split/join, padding, hex/fromhex, predicates
data = b"Hello, World"
print(data.upper(), data.lower(), data.swapcase(), data.title(), b"hello".capitalize())
print(data.find(b"o"), data.rfind(b"o"), data.count(b"l"), data.index(b"W"), data.startswith(b"Hell"), data.endswith((b"x", b"ld")))
print(b"a,b,,c".split(b","), b" x  y ".split(), b"k=v=w".rsplit(b"=", 1), b"k=v".partition(b"="))
print(b"-".join([b"a", b"b", b"c"]), b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"abc".replace(b"b", b"BB"))
print(b"7".zfill(3), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"))
print(b"\x00\xff\x10".hex(), b"abc".hex("-"), bytes.fromhex("de ad be ef"), b"12".isdigit(), b"ab".isalpha(), b" ".isspace())
print(b"line1\nline2".splitlines(), b"name.txt".removesuffix(b".txt"), b"ABC".isupper(), b"abc".islower())
try:
    b"x" + "y"
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff\xfe".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
