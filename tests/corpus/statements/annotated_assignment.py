x: int = 5
y: str
name: "str" = "annot"
print(x, name)
def f(a: int, b: str = "x") -> str:
    result: str = b * a
    return result
print(f(3))
class Point:
    x: int = 0
    y: int = 0
    label: str
p = Point()
print(p.x, p.y, hasattr(p, "label"))
items: list = []
items.append(1)
print(items)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
