# class-body annotations are recorded in __annotations__ (list[int]-style ones evaluate too)
class Stats:
    hp: int = 10
    name: str
    tags: list[str] = ["x"]
    table: dict[str, int]
    if True:
        flag: bool = False
ann = Stats.__dict__["__annotations__"]
print(list(ann), ann["hp"], ann["name"], ann["flag"], Stats.hp, Stats.tags, Stats.flag)
print(hasattr(Stats, "name"), list(Stats.__annotations__))
def f(x: int) -> int:
    y: float = 2.5
    return x * y
print(f(2))
