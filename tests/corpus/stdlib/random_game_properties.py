import random
random.seed(2024)
def roll_dice(n, sides):
    return sum(random.randint(1, sides) for _ in range(n))
results = [roll_dice(3, 6) for _ in range(500)]
print(min(results) >= 3, max(results) <= 18)
loot_table = {"common": 70, "rare": 25, "epic": 5}
drops = [random.choice(list(loot_table)) for _ in range(100)]
print(set(drops) <= set(loot_table))
sample = random.sample(range(100), 10)
print(len(sample), len(set(sample)), all(0 <= s < 100 for s in sample))
empty_ok = True
try:
    random.choice([])
except IndexError:
    print("choice on empty raises IndexError")
crit = sum(1 for _ in range(1000) if random.random() < 0.5)
print(0 < crit < 1000)
