class DamageError(Exception):
    def __init__(self, amount):
        super().__init__(amount)
        self.amount = amount
    def __str__(self):
        return f"invalid damage amount {self.amount}"
def hit(amount):
    if amount < 0:
        raise DamageError(amount)
hit(5)
hit(-3)
