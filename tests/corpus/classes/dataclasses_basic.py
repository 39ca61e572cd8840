# dataclasses: fields, defaults, default_factory, order/frozen, __post_init__, inheritance, helpers
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
@dataclass
class Item:
    name: str
    weight: float = 1.0
    tags: list = field(default_factory=list)
i = Item("sword", 3.5)
j = Item("sword", 3.5)
print(i, i == j, i != Item("axe"), asdict(i), astuple(i), [f.name for f in fields(i)], is_dataclass(i))
i.tags.append("sharp")
print(i, j.tags, replace(i, weight=9).weight, Item(name="bow"))
@dataclass(order=True, frozen=True)
class Pos:
    x: int
    y: int = 0
p = Pos(1, 2)
print(p, sorted([Pos(2, 1), Pos(1, 5), Pos(1, 2)]), Pos(1) < Pos(1, 1), hash(p) == hash(Pos(1, 2)), {p: "here"}[Pos(1, 2)])
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)
@dataclass
class Player:
    name: str
    hp: int = 100
    inventory: list = field(default_factory=list)
    pos: Pos = field(default_factory=lambda: Pos(0, 0))
    def __post_init__(self):
        self.alive = self.hp > 0
    def hit(self, d):
        self.hp -= d
pl = Player("hero")
pl.hit(30)
print(pl, pl.alive, asdict(pl))
@dataclass
class Boss(Player):
    phase: int = 1
b = Boss("dragon", 500)
print(b, b.phase, isinstance(b, Player))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    Item("a", 1, [], 5)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)
print(Item.__init__.__qualname__, Pos.__match_args__, Item.__hash__ is None)
