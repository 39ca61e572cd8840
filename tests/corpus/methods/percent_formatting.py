print("%s" % "str", "%r" % "repr", "%d" % 42, "%i" % -3, "%5d|" % 42, "%-5d|" % 42, "%05d" % 42)
print("%f" % 3.14159, "%.2f" % 3.14159, "%8.3f|" % 2.5, "%e" % 12345.678, "%g" % 0.0001, "%g" % 123456789.0)
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8), "%c" % 65, "%c" % "z", "%%")
print("%s and %s" % ("a", "b"), "%(name)s is %(age)d" % {"name": "Bo", "age": 4})
print("%s" % [1, 2], "%s" % (("tuple",),), "%r" % (None,), "%5s|%-5s|" % ("ab", "cd"))
print("%.3s" % "truncate", "%+d %+d" % (3, -3), "% d" % 7, "%d" % 3.99, "%s" % 2 ** 70)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
