print("tab:\tend")
print("newline:\nsecond")
print("backslash: \\ quote: \" single: \' ")
print('single \'quoted\' "double"')
print("hex: \x41\x42\x43 octal: \101\102 \0end".replace("\0", "<NUL>"))
print("unicode: \u00e9 \u4e2d \U0001F600 \N{GREEK SMALL LETTER ALPHA}")
print(repr("a\tb\nc\\d'e\"f"))
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print(repr("\x00\x01\x7f\x80\xff"))
print(repr("\r\x0b\x0c"), len("\r\x0b\x0c"))
print(len("\x41"), len("\u00e9"), len("\U0001F600"))
print("line1\
line2")
print("a" "b" 'c' """d""")
print("""triple
quoted "string" with 'quotes'""")
print('''another
one''')
print(repr("""x
y"""))
print(ord("\n"), ord("\t"), ord("\\"), ord("\a"), ord("\b"))
