class GameError(Exception):
    pass
class InventoryError(GameError):
    def __init__(self, item, qty):
        super().__init__(f"not enough {item}")
        self.item = item
        self.qty = qty
class OutOfMana(GameError):
    def __init__(self, need, have):
        self.need = need
        self.have = have
    def __str__(self):
        return f"need {self.need} mana, have {self.have}"
def act(n):
    if n == 0:
        raise InventoryError("arrows", 3)
    if n == 1:
        raise OutOfMana(50, 20)
    if n == 2:
        raise GameError("generic")
    return "fine"
for n in range(4):
    try:
        print(act(n))
    except InventoryError as e:
        print("inventory:", e, e.item, e.qty, e.args)
    except GameError as e:
        print("game:", type(e).__name__, e, isinstance(e, Exception))
print([c.__name__ for c in InventoryError.__mro__])
print(repr(OutOfMana(1, 2)), OutOfMana(1, 2).args)
