print("héllo".encode(), "abc".encode("utf-8"), "€".encode("utf-8"), len("€".encode()))
print("héllo".encode().decode(), b"caf\xc3\xa9".decode("utf-8"))
print("abc" * 3, 3 * "-", "a" + "b", "x" * 0, "ab" * -1)
print("abc" < "abd", "abc" < "ab", "B" < "a", max("apple", "banana"), min("a", "A"))
print(str(123).isdigit(), "".join(reversed("stressed")), "abc"[::-1])
print("%d items" % 5, "%s-%s" % ("a", "b"))
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print("TypeError:", e)
print(s.upper().lower() == s, "Mississippi".lower().count("ss"))
words = "the rain in spain falls mainly".split()
print(sorted(words, key=lambda w: (len(w), w)), [w for w in words if "ain" in w])
