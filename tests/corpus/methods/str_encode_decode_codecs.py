s = "café ñ"
print(s.encode())
print(s.encode("utf-8"))
print(s.encode("latin-1"))
print(s.encode("latin1"))
print(s.encode("ascii", "ignore"))
print(s.encode("ascii", errors="replace"))
print(b"caf\xe9".decode("latin-1"))
print(b"caf\xc3\xa9".decode("utf-8"))
print(b"caf\xe9".decode("utf-8", "replace"))
print(b"caf\xe9".decode("ascii", "ignore"))
print("hi".encode("UTF8"), "hi".encode("Latin-1"), "x".encode("us-ascii"))
for enc, val in [("ascii", "naïve"), ("latin-1", "€uro")]:
    try:
        val.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
for enc, val in [("ascii", b"na\xefve"), ("utf-8", b"\xff\xfe")]:
    try:
        val.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError", e)
print(bytes("abc", "ascii"))
print(str(b"caf\xe9", "latin-1"))
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
"€".encode("ascii")
