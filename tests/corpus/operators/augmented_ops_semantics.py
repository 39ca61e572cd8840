a = [1]
b = a
a = a + [2]
print(a, b)
a = b
a += [3]
print(a, b)
s = {1}
t = s
s |= {2}
print(sorted(s), sorted(t), s is t)
d = {"a": 1}
e = d
d |= {"b": 2}
print(d, e is d)
n = 10
for op in ["+=", "-=", "*=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^="]:
    v = 13
    if op == "+=": v += 4
    elif op == "-=": v -= 4
    elif op == "*=": v *= 4
    elif op == "//=": v //= 4
    elif op == "%=": v %= 4
    elif op == "**=": v **= 4
    elif op == ">>=": v >>= 2
    elif op == "<<=": v <<= 2
    elif op == "&=": v &= 4
    elif op == "|=": v |= 4
    elif op == "^=": v ^= 4
    print(op, v)
