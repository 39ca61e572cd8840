import random
random.seed("game-seed")
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
hand = random.sample(deck, 5)
print(len(hand), len(set(hand)), all(c in deck for c in hand))
random.shuffle(deck)
print(len(deck), sorted(deck) == sorted(r + s for s in "SHDC" for r in "A23456789TJQK"))
weights_ok = True
for _ in range(100):
    v = random.randint(-3, 3)
    weights_ok = weights_ok and -3 <= v <= 3
print(weights_ok)
state_a = [random.random() for _ in range(3)]
random.seed("game-seed")
again = random.sample([r + s for s in "SHDC" for r in "A23456789TJQK"], 5)
print(again == hand)
