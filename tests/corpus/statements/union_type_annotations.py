from typing import Optional
def parse(v: int | str | None, default: Optional[int] = None) -> int | None:
    if v is None: return default
    return int(v)
print(parse("12"), parse(None, 5), parse.__annotations__["v"], parse.__annotations__["return"])
IntOrStr = int | str
print(IntOrStr, type(IntOrStr).__name__, isinstance(3, IntOrStr), isinstance(3.5, IntOrStr), isinstance(None, int | None))
print(issubclass(bool, int | float), int | str == str | int, (int | str) | float, int | int, None | str)
class Shape: pass
class Circle(Shape): pass
print(Shape | None, isinstance(Circle(), Shape | int), [isinstance(x, int | float) for x in (1, 2.0, "3", True)])
def check(x: list[int] | dict[str, int]) -> str:
    return type(x).__name__
print(check([1]), check({}), check.__annotations__["return"])
try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
