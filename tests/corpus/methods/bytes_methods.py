b = b"Hello, Bytes"
print(b[0], b[-1], b[0:5], b[::-1], len(b), b.lower(), b.upper())
print(b.split(b", "), b.replace(b"l", b"L"), b.find(b"B"), b.count(b"l"), b.startswith(b"He"))
print(b.decode("utf-8"), b"caf\xc3\xa9".decode(), list(b[:3]), bytes(list(b[:3])))
print(b"a" + b"b", b"ab" * 2, b"" + b"", b"x" in b"xyz", 120 in b"xyz")
print(b"  pad ".strip(), b"a-b".partition(b"-"), b"1,2".split(b","))
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"abc" == "abc")
print(bytes(range(65, 70)), bytes(b"copy"), "ü".encode(), len("ü".encode()))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"ab" + "cd"
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
