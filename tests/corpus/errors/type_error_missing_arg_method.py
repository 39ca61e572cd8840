class Player:
    def attack(self, target, damage):
        return f"{target} takes {damage}"
p = Player()
print(p.attack("orc", 5))
print(p.attack("orc"))
