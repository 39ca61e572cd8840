# copy.copy / copy.deepcopy of containers, instances, shared references and dataclasses
import copy
from dataclasses import dataclass, field
state = {"hp": [10, 20], "pos": (1, 2), "inv": {"gems": [1, 2]}}
shallow = copy.copy(state)
deep = copy.deepcopy(state)
state["hp"].append(30)
state["inv"]["gems"].append(3)
print(shallow, deep, shallow["hp"] is state["hp"], deep["inv"] is state["inv"])
class Unit:
    def __init__(self, name, stats):
        self.name = name
        self.stats = stats
u = Unit("orc", {"atk": 3})
u2 = copy.deepcopy(u)
u3 = copy.copy(u)
u.stats["atk"] = 9
print(u2.stats, u3.stats, type(u2).__name__, u2 is u, u3.stats is u.stats)
a = [1, 2]
b = [a, a]
c = copy.deepcopy(b)
print(c, c[0] is c[1], c[0] is a)
@dataclass
class Board:
    cells: list = field(default_factory=lambda: [[0] * 2 for _ in range(2)])
bd = Board()
bd2 = copy.deepcopy(bd)
bd.cells[0][0] = 5
print(bd, bd2, bd == bd2)
print(copy.copy([1, [2]]), copy.copy((1, 2)), copy.deepcopy({1, 2}), copy.copy(5))
