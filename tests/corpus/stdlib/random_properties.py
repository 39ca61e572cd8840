import random
random.seed(12345)
xs = [random.random() for _ in range(200)]
print(all(0 <= x < 1 for x in xs), len(xs))
random.seed(1)
a = [random.random() for _ in range(5)]
random.seed(1)
b = [random.random() for _ in range(5)]
print("reseed reproduces:", a == b)
rolls = [random.randint(1, 6) for _ in range(300)]
print(min(rolls) >= 1, max(rolls) <= 6, set(rolls) <= {1, 2, 3, 4, 5, 6})
choices = ["sword", "shield", "potion"]
picks = [random.choice(choices) for _ in range(50)]
print(all(p in choices for p in picks))
deck = list(range(20))
shuffled = deck[:]
random.shuffle(shuffled)
print(sorted(shuffled) == deck, len(shuffled))
r = [random.randrange(0, 10, 2) for _ in range(100)]
print(all(v in (0, 2, 4, 6, 8) for v in r))
u = [random.uniform(-1.5, 2.5) for _ in range(100)]
print(all(-1.5 <= v <= 2.5 for v in u))
