s = "Zoë 中"
b = s.encode("utf-8")
print(len(s), len(b), b, list(b))
print(b.decode("utf-8") == s, b[:4], b[:4].decode())
print(str(b"abc"), repr(b"\x00a\n"), bytes("xyz", "ascii"))
print([bytes([i]) for i in (0, 65, 127, 128, 255)])
print(b"%d-%s" % (5, b"x") if hasattr(b"", "__mod__") else b"5-x")
print(bytes(4), b"ab".hex(), b"AbC".lower(), b"abc".isalpha(), b"123".isdigit())
