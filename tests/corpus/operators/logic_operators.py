print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", "x" and [], not [], not [0])
print(0 or None, None and 1)
def t(label, val):
    print("eval", label)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 0))
print(t("a", 1) or t("b", 0))
print(t("a", 0) or t("b", 0) or t("c", "last"))
print(not 1 == 2, not (1 and 0), (not 1) == 0)
x = 5
print(x > 3 and x < 10 or x == 0)
print((x and "truthy") or "falsy")
name = ""
print(name or "anonymous")
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or "")
