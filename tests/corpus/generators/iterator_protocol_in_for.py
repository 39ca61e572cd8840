class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
for n in Countdown(3):
    print("tick", n)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), max(r))
print([x * 10 for x in Range2(4)])
a, b, c = Range2(3)
print(a, b, c)
print(dict(zip(Range2(2), "xy")))
