class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def value(self):
        return Card.RANKS.index(self.rank)
    def __lt__(self, other):
        return (self.value(), self.suit) < (other.value(), other.suit)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(t) for t in ["Kh", "2s", "Ac", "Th", "2c", "Kd"]]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(sorted(hand, key=lambda c: c.suit))
print(sorted(hand, key=Card.value))
print(max(hand), min(hand))
hand.sort(key=lambda c: (c.suit, -c.value()))
print(hand)
class Unit:
    def __init__(self, name, hp, speed):
        self.name, self.hp, self.speed = name, hp, speed
units = [Unit("a", 10, 3), Unit("b", 5, 3), Unit("c", 10, 1), Unit("d", 5, 5)]
print([u.name for u in sorted(units, key=lambda u: u.hp)])
print([u.name for u in sorted(units, key=lambda u: (-u.speed, u.name))])
try:
    sorted([Unit("x", 1, 1), Unit("y", 2, 2)])
except TypeError as e:
    print("TypeError:", e)
