from enum import Enum, IntEnum, auto
class Color(str, Enum):
    RED = "red"
    GREEN = "green"
class Level(int, Enum):
    LOW = 1
    MID = 5
    HIGH = 10
class Ratio(float, Enum):
    HALF = 0.5
for x in (Color.RED, Level.MID, Ratio.HALF):
    print(repr(x), str(x), f"{x}", x == x.value, x.value, type(x.value).__name__, x.name)
print(Color("green"), Color.RED == "red", "red" == Color.RED, Color.RED != "blue", Color.RED.upper(), len(Color.GREEN), Color.RED in ["red"])
print(Level.LOW < Level.HIGH, Level.MID + 1, Level.HIGH * 2, sorted([Level.HIGH, Level.LOW]), Level(5), max(Level), Level.MID > 3)
print({Color.RED: 1}["red"] if False else {Color.RED: 1}[Color.RED], [c.value for c in Color], list(Level))
d = {"red": "stop"}
print(d[Color.RED], Ratio.HALF * 4)
