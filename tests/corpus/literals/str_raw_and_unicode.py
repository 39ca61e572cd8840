print(r"raw \n stays \t as is")
print(r'C:\path\to\file', len(r"\n"))
print(repr(r"\d+\.\d*"))
print(R"upper R \x41")
s = "héllo wörld"
print(s, len(s), s.upper(), s[1], s[-4])
u = "日本語テキスト"
print(u, len(u), u[::-1], u[2:4])
e = "emoji 😀🎮!"
print(e, len(e), e[6], repr(e[7]))
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i̇")
print("café" == "caf\u00e9", "café" < "cafz")
print([ord(c) for c in "aé中😀"])
print(chr(233), chr(20013), chr(128512), chr(65))
print(ascii("héllo 中 😀"), repr("héllo 中 😀"))
print("ünïcödé".encode("utf-8"))
print(b"\xc3\xa9t\xc3\xa9".decode("utf-8"))
print(sorted("bcaé"))
