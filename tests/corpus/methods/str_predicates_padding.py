for t in ["123", "12.3", "abc", "abc123", "   ", "", "ABC", "abc", "Abc", "_name1", "1name", "x y", "٣"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.isidentifier())
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
print("[" + "hi".center(7) + "]", "[" + "hi".center(6, "*") + "]", "[" + "hi".ljust(5, ".") + "]", "[" + "hi".rjust(5) + "]")
print("[" + "toolong".center(3) + "]", "ab".ljust(0))
print("Tab\tbed".expandtabs(4))
