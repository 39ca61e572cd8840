# random.Random instances: independent seeded generators with CPython's exact sequences
import random
r1, r2 = random.Random(123), random.Random(123)
print([r1.randint(1, 100) for _ in range(5)], [r2.randint(1, 100) for _ in range(5)])
r = random.Random(99)
print(r.random(), r.choice([1, 2, 3]), r.sample(range(100), 4), r.uniform(1, 2), r.gauss(0, 1), r.randrange(0, 100, 5))
lst = list(range(10))
r.shuffle(lst)
print(lst, r.choices("xyz", k=5), r.getrandbits(40))
st = r.getstate()
a = r.random()
r.setstate(st)
print(a == r.random())
random.seed(5)
x = random.random()
rr = random.Random(5)
print(x == rr.random(), random.randint(1, 6), rr.randint(1, 6))
# The module's generator and an instance do not disturb each other.
random.seed(1)
inst = random.Random(1)
print(random.random(), inst.random(), random.random(), inst.random())

class Dice(random.Random):
    def __init__(self, seed, sides=6):
        super().__init__(seed)
        self.sides = sides
    def roll(self):
        return self.randint(1, self.sides)

d = Dice(42)
print([d.roll() for _ in range(6)], isinstance(d, random.Random), type(d).__mro__[1])
d.seed(42)
print([d.roll() for _ in range(6)], Dice(7, 20).roll())
print(random.Random)
