class Unit:
    def __init__(self, name, hp, atk, speed, team):
        self.name, self.hp, self.max_hp, self.atk, self.speed, self.team = name, hp, hp, atk, speed, team
        self.effects = {}
    @property
    def alive(self):
        return self.hp > 0
    def take(self, dmg):
        dmg = max(0, dmg - self.effects.get("shield", 0))
        self.hp = max(0, self.hp - dmg)
        return dmg
    def __repr__(self):
        bar = "#" * round(10 * self.hp / self.max_hp)
        return f"{self.name:<7}[{bar:<10}] {self.hp:>3}/{self.max_hp}"

class Battle:
    def __init__(self, units):
        self.units = units
        self.round = 0
        self.log = []

    def living(self, team=None):
        return [u for u in self.units if u.alive and (team is None or u.team == team)]

    def order(self):
        return sorted(self.living(), key=lambda u: (-u.speed, u.name))

    def choose_target(self, unit):
        foes = [u for u in self.living() if u.team != unit.team]
        if not foes:
            return None
        return min(foes, key=lambda u: (u.hp, u.name))

    def step(self):
        self.round += 1
        for unit in self.order():
            if not unit.alive:
                continue
            target = self.choose_target(unit)
            if target is None:
                break
            crit = (self.round + len(unit.name)) % 4 == 0
            dmg = unit.atk * (2 if crit else 1)
            dealt = target.take(dmg)
            self.log.append(f"r{self.round} {unit.name} hits {target.name} for {dealt}{' (crit)' if crit else ''}")
            if not target.alive:
                self.log.append(f"r{self.round} {target.name} falls")
        for u in self.living():
            if "regen" in u.effects:
                u.hp = min(u.max_hp, u.hp + u.effects["regen"])

    def winner(self):
        teams = {u.team for u in self.living()}
        return teams.pop() if len(teams) == 1 else None

    def run(self, max_rounds=20):
        while self.winner() is None and self.round < max_rounds:
            self.step()
        return self.winner()

units = [
    Unit("Knight", 40, 6, 2, "blue"),
    Unit("Archer", 22, 8, 5, "blue"),
    Unit("Cleric", 18, 3, 3, "blue"),
    Unit("Orc", 35, 7, 1, "red"),
    Unit("Goblin", 15, 4, 6, "red"),
    Unit("Troll", 50, 9, 0, "red"),
]
units[2].effects["regen"] = 2
units[5].effects["shield"] = 2
battle = Battle(units)
print([u.name for u in battle.order()])
winner = battle.run()
print("\n".join(battle.log))
print("winner:", winner, "after", battle.round, "rounds")
for u in units:
    print(u)
print({team: sum(u.hp for u in units if u.team == team) for team in ("blue", "red")})
