# str methods beyond the basics: searching with bounds, splitting from the right, padding
text = "alpha,beta,,gamma,delta"
print(text.rsplit(","), text.rsplit(",", 1), text.rsplit(",", maxsplit=2))
print("  a b   c  ".rsplit(), "  a b   c  ".rsplit(None, 1), "".rsplit(), "x".rsplit(","))
print(text.partition(","), text.rpartition(","), text.partition("#"), text.rpartition("#"))
print("line1\nline2\r\nline3\rlast".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines())
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
for w in (5, 6, 7, 8):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("x".ljust(w, ".")), repr("x".rjust(w)))
s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("at", 6, 9), s.rfind("at"), s.rfind("at", 0, 10))
print(s.index("the"), s.rindex("the"), s.count("at"), s.count("at", 10), s.count(""), s.find("", 100))
print(s.startswith("cat", 4), s.endswith("sat", 0, 11), s.startswith(("dog", "the")), s.endswith(("mat",)))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
print("Hello World".swapcase(), "ÄBC".casefold(), "Straße".casefold())
print("ABC".isupper(), "abc".islower(), "Abc".isupper(), "123".isupper(), "A1".isupper())
print("Title Case Here".istitle(), "Not title".istitle(), "X".istitle(), "".istitle())
print("abc123".isalnum(), "abc 123".isalnum(), "123".isdecimal(), "12.3".isdecimal(), "٣".isdigit())
print("valid_name".isidentifier(), "2bad".isidentifier(), "_".isidentifier(), "a-b".isidentifier())
print("abc".isascii(), "é".isascii(), "ok\t".isprintable(), "fine".isprintable(), " \t\n".isspace())
print(repr("a\tbc\tdef".expandtabs()), repr("a\tb".expandtabs(4)), repr("12345\t6".expandtabs(4)))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "x".removeprefix("y"))
table = str.maketrans("abc", "xyz", "!")
print("a-b-c!".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
print("{name} has {n} items".format_map({"name": "Bag", "n": 3}))
print("{:.{}f}|{:>{}}|{:{}{}}".format(3.14159, 2, "r", 5, 7, "<", 4))
