# Ability system: abstract base + class-keyword registry, seeded per-encounter RNG,
# templated combat log, wrapped flavour text, custom errors with notes.
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from string import Template
import random
import textwrap
import bisect


class AbilityError(Exception):
    def __init__(self, ability, reason="cannot use"):
        super().__init__(reason)
        self.ability = ability

    def __str__(self):
        return f"{self.ability}: {super().__str__()}"


class NotEnoughMana(AbilityError):
    pass


class Ability(ABC):
    registry = {}

    def __init_subclass__(cls, *, key, cost=0, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        cls.cost = cost
        Ability.registry[key] = cls

    @abstractmethod
    def apply(self, user, target, rng): ...

    def __repr__(self):
        return f"<{type(self).__name__} key={self.key!r} cost={self.cost}>"


class Strike(Ability, key="strike"):
    def apply(self, user, target, rng):
        dmg = rng.randint(3, 8) + user.power
        target.hp -= dmg
        return dmg


class Fireball(Ability, key="fireball", cost=5):
    def apply(self, user, target, rng):
        dmg = round(rng.uniform(8, 14) * (1.5 if rng.random() < 0.25 else 1.0))
        target.hp -= dmg
        return dmg


class Heal(Ability, key="heal", cost=3):
    def apply(self, user, target, rng):
        amount = rng.choice([4, 6, 8])
        user.hp = min(user.max_hp, user.hp + amount)
        return -amount


@dataclass
class Fighter:
    name: str
    hp: int
    power: int = 1
    mana: int = 10
    max_hp: int = field(init=False)
    abilities: list = field(default_factory=lambda: ["strike"])

    def __post_init__(self):
        self.max_hp = self.hp

    def use(self, key, target, rng):
        try:
            ability = Ability.registry[key]()
        except KeyError:
            raise AbilityError(key, "unknown ability") from None
        if ability.cost > self.mana:
            err = NotEnoughMana(key, f"needs {ability.cost} mana")
            err.add_note(f"{self.name} has {self.mana}")
            raise err
        self.mana -= ability.cost
        return ability.apply(self, target, rng)


LOG = Template("$who uses $what on $whom: ${amount} ($hp left)")
RANKS = [0, 10, 20, 35]
TITLES = ["scratch", "hit", "wound", "maul", "obliterate"]

hero = Fighter("Ayla", 40, power=2, abilities=["strike", "fireball", "heal"])
ogre = Fighter("Ogre", 55, power=3)
rng = random.Random(2024)
print(sorted(Ability.registry), Ability.registry["heal"]())
try:
    Ability()
except TypeError as e:
    print(e)

turn = 0
while hero.hp > 0 and ogre.hp > 0 and turn < 12:
    turn += 1
    key = hero.abilities[turn % 3]
    try:
        amount = hero.use(key, ogre, rng)
    except NotEnoughMana as e:
        print("!", e, e.__notes__)
        amount = hero.use("strike", ogre, rng)
        key = "strike"
    title = TITLES[bisect.bisect(RANKS, abs(amount))]
    print(turn, LOG.substitute(who=hero.name, what=key, whom=ogre.name, amount=amount, hp=ogre.hp), title)
    if ogre.hp > 0:
        d = ogre.use("strike", hero, rng)
        print("  ", LOG.safe_substitute(who=ogre.name, what="club", whom=hero.name, amount=d, hp=hero.hp))

winner = hero if hero.hp > 0 else ogre
story = (f"After {turn} turns of bitter fighting in the flooded crypt, {winner.name} stood "
         f"alone among the broken pillars, breathing hard, with {winner.hp} of {winner.max_hp} "
         f"health remaining.")
print(textwrap.fill(story, 40, initial_indent="  ", subsequent_indent="  "))
try:
    hero.use("teleport", ogre, rng)
except AbilityError as e:
    print(repr(e), e, e.__cause__, e.__suppress_context__)
