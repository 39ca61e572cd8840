# enum: members with a custom __init__ (tuple values unpacked), Flag / IntFlag combinations
from enum import Enum, Flag, IntFlag, auto

class Dir(Enum):
    N = (0, -1)
    E = (1, 0)
    S = (0, 1)
    W = (-1, 0)
    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy
    @property
    def opposite(self):
        return Dir((-self.dx, -self.dy))
    def step(self, x, y):
        return x + self.dx, y + self.dy

print(Dir.N.dx, Dir.N.value, Dir.E.opposite, Dir((0, 1)), [d.name for d in Dir])
pos = (0, 0)
for d in [Dir.N, Dir.N, Dir.E, Dir.S.opposite]:
    pos = d.step(*pos)
print(pos)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(f"{Planet.EARTH.gravity:.2f}", Planet.MERCURY.radius, repr(Planet.EARTH))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = 3

rw = Perm.W | Perm.R
print(rw, repr(rw), rw is Perm.RW, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X), str(Perm(0)))
print(list(rw), list(Perm), ~Perm.R, repr(~Perm.R), Perm(5), (Perm.R | Perm.X).value, Perm.R ^ Perm.RW, len(Perm))
print(rw.name, (Perm.R | Perm.X).name, Perm(0).name, Perm.RW.name, [p.value for p in Perm])
try:
    Perm(8)
except ValueError as e:
    print(str(e).splitlines()[0])

class Color(IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4
c = Color.RED | Color.BLUE
print(c, repr(c), c == 5, c + 1, c & 4, Color(3), Color.RED | 2, list(c), f"{c:03d}")

class Status(Flag):
    NONE = 0
    POISONED = auto()
    STUNNED = auto()
    BURNING = auto()

effects = Status.NONE
for hit in ["poison", "fire", "poison"]:
    effects |= {"poison": Status.POISONED, "fire": Status.BURNING}[hit]
print(effects, Status.STUNNED in effects, [s.name for s in effects], bool(Status.NONE))
effects &= ~Status.POISONED
print(effects, repr(effects))
