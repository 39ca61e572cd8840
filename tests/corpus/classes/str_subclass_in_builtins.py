# Instances of a str subclass work where builtins and str methods expect a str
class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("name")
class Obj:
    pass
o = Obj()
setattr(o, n, 5)
print(getattr(o, n), hasattr(o, n), o.name, n.shout())
d = {n: 1}
print(d["name"], "name" in d, Name("name") in d)
print(",".join([Name("a"), Name("b")]), Name("-").join(["x", "y"]))
print(int(Name("42")), float(Name("1.5")), int(Name("ff"), 16))
print(Name("abc").upper(), type(Name("abc").upper()).__name__)
print("{0}".format(Name("x")), "%s" % Name("y"), f"{Name('z')}")
print(Name("a,b").split(","), Name("ab") + "c", len(Name("abc")))
print(sorted([Name("b"), "a"]))
print("abc".startswith(Name("a")), "abc".endswith((Name("c"),)), "abc".replace(Name("a"), Name("z")))
print(ord(Name("a")), Name("x") in "xyz", "xxy".count(Name("x")), "a-b".split(Name("-")))
print("abc".find(Name("c")), "a b".partition(Name(" ")), "xyx".strip(Name("x")))
import json
print(json.dumps({Name("k"): Name("v")}))
delattr(o, n)
print(hasattr(o, "name"))
