s = "  the quick  brown fox  "
print(s.split(), s.split(" "), s.split(None, 1), s.split(" ", 3))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a b c".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("b"), "x--y--z".split("--"))
print("one\ntwo\r\nthree\n".splitlines(), "l1\nl2".splitlines(keepends=True), "".splitlines())
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(3)), "/".join([]))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "nosep".partition("="), "nosep".rpartition("="))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
