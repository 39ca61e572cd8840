class Player:
    def __init__(self):
        self._hp = None
    @property
    def hp(self):
        return self._hp + 0
p = Player()
print("checking hp")
print(p.hp)
