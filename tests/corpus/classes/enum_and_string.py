# enum (Enum, IntEnum, auto, aliases, lookup by value and name, iteration) and the string constants
from enum import Enum, IntEnum, auto, unique
import string
class State(Enum):
    IDLE = 1
    WALK = 2
    RUN = auto()
    ALIAS = 1
    def label(self):
        return self.name.title()
print(State.IDLE, repr(State.WALK), State.RUN.value, State.ALIAS is State.IDLE, State(2), State["RUN"], list(State), len(State))
print(State.IDLE == State.IDLE, State.IDLE == 1, State.WALK in State, State.IDLE.label(), f"{State.RUN}", type(State.RUN).__name__, isinstance(State.RUN, State))
for s in State:
    print(s.name, s.value, end="; ")
print()
try:
    State(9)
except ValueError as e:
    print("VE", e)
transitions = {State.IDLE: State.WALK, State.WALK: State.RUN}
print(transitions[State.IDLE], {s: s.value * 10 for s in State})
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.HIGH > Pri.LOW, Pri.LOW + 1, str(Pri.HIGH), repr(Pri.LOW), sorted([Pri.HIGH, Pri.LOW]), Pri.HIGH == 3, f"{Pri.LOW}")
class Color(Enum):
    RED = "r"
    GREEN = "g"
print(Color("g"), Color.RED.value, [c.name for c in Color], State.__members__.keys() == {"IDLE", "WALK", "RUN", "ALIAS"} or list(State.__members__))
print(string.ascii_uppercase[:5], string.digits, len(string.punctuation), string.capwords("hello big world"))
