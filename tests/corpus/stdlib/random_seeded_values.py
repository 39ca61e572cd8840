# random with a seed gives CPython's exact sequence (Mersenne Twister + CPython's algorithms)
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice(["sword", "shield", "potion", "key"]), random.randrange(10, 100, 5))
deck = list(range(12))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2))
print(random.choices("xyz", k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(round(random.uniform(1.0, 5.0), 6), round(random.gauss(0, 1), 6), round(random.gauss(10, 2), 6))
print(random.getrandbits(16), random.getrandbits(80))
random.seed(2024)
rolls = [random.randint(1, 20) for _ in range(8)]
print(rolls, sum(rolls), max(rolls))
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])
random.seed(12345678901234567890)
print(random.random(), random.randint(-5, 5))
random.seed(-3)
print(random.random())
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
