import math

ELEMENT_CHART = {
    ("fire", "ice"): 2.0,
    ("fire", "fire"): 0.5,
    ("ice", "fire"): 0.5,
    ("water", "fire"): 2.0,
    ("lightning", "water"): 1.75,
}

class Combatant:
    def __init__(self, name, attack, defense, element, crit_mult=1.5, level=1):
        self.name = name
        self.attack = attack
        self.defense = defense
        self.element = element
        self.crit_mult = crit_mult
        self.level = level

def base_damage(att, dfn):
    raw = att.attack * (1 + att.level / 10) - dfn.defense * 0.6
    return max(1.0, raw)

def element_factor(att_elem, def_elem):
    return ELEMENT_CHART.get((att_elem, def_elem), 1.0)

def compute(att, dfn, crit=False, buffs=()):
    dmg = base_damage(att, dfn)
    factor = element_factor(att.element, dfn.element)
    dmg *= factor
    for name, pct in buffs:
        dmg *= 1 + pct / 100
    if crit:
        dmg *= att.crit_mult
    return dmg, factor

fighters = [
    Combatant("Pyro", 42, 10, "fire", level=5),
    Combatant("Frost", 30, 25, "ice", crit_mult=2.0, level=3),
    Combatant("Tide", 35.5, 18, "water", level=4),
    Combatant("Volt", 50, 5, "lightning", crit_mult=1.75, level=7),
]

for att in fighters:
    for dfn in fighters:
        if att is dfn:
            continue
        dmg, factor = compute(att, dfn)
        crit, _ = compute(att, dfn, crit=True)
        print(f"{att.name:>5} -> {dfn.name:<5} x{factor:<4} {dmg:8.3f} crit {crit:8.3f} "
              f"round {round(dmg)} floor {math.floor(dmg)} ceil {math.ceil(dmg)} r1 {round(dmg, 1)}")

buffed, _ = compute(fighters[0], fighters[1], buffs=[("rage", 25), ("curse", -10)])
print("buffed", buffed, round(buffed, 2), f"{buffed:.0f}")
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125]:
    print(v, round(v), round(v, 2), math.floor(v + 0.5))

def simulate(att, dfn, hp):
    turns = 0
    total = 0.0
    while hp > 0:
        turns += 1
        crit = turns % 3 == 0
        dmg, _ = compute(att, dfn, crit=crit)
        dmg = round(dmg, 1)
        hp = round(hp - dmg, 1)
        total += dmg
        print(f"  turn {turns}: {'CRIT ' if crit else ''}{dmg} -> hp {max(hp, 0)}")
    return turns, round(total, 1)

print("sim:", simulate(fighters[1], fighters[0], 120))
print("dps table:", {f.name: round(base_damage(f, fighters[1]) / 1.5, 3) for f in fighters})
