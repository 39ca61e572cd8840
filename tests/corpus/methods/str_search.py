s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("z"), s.rfind("a"), s.rfind("abra"), s.find("bra", 2, 5))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("abra"), s.count(""), s.count("a", 5))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("abra", ""), s.replace("", "-")[:10])
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "x".replace("x", "xx", 0))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print("needle" in "haystack with needle", "hay".find(""), "".find("a"))
