s = ""
for i in range(5):
    s += str(i) * i
print(s, len(s))
parts = ["a", "b", "c"]
print("".join(parts) * 2, "-" * 10, "=" * 0 + "|")
print("abc" + "def" == "abcdef", "ab" * 3 == "ababab", "x" * -5 == "")
multi = ("implicit " "concatenation " 'of ' """literals""")
print(multi)
print("%s%s" % ("a", "b") + f"{'c'}" + "d".upper())
long = "word " * 1000
print(len(long), long.count("word"), long[:10])
