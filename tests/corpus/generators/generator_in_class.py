class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "HS" for r in "A23"]
    def __iter__(self):
        for c in self.cards:
            yield c
    def deal(self, hands, per_hand):
        it = iter(self)
        return [[next(it) for _ in range(per_hand)] for _ in range(hands)]
    def suits(self):
        seen = []
        for c in self:
            if c[-1] not in seen:
                seen.append(c[-1])
                yield c[-1]
d = Deck()
print(list(d), d.deal(2, 3), list(d.suits()))
try:
    d.deal(4, 2)
except StopIteration:
    print("ran out of cards")
except RuntimeError as e:
    print("RuntimeError:", e)
