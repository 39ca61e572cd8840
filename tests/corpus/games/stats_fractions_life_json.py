import math, json
def mean(xs): return sum(xs) / len(xs)
def median(xs):
    s = sorted(xs); n = len(s); m = n // 2
    return s[m] if n % 2 else (s[m - 1] + s[m]) / 2
def mode(xs):
    from collections import Counter
    return Counter(xs).most_common(1)[0][0]
def variance(xs):
    mu = mean(xs); return sum((x - mu) ** 2 for x in xs) / (len(xs) - 1)
xs = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(xs), median(xs), mode(xs), variance(xs), math.sqrt(variance(xs)), math.fsum([0.1] * 10))
class Frac:
    def __init__(self, n, d=1):
        if d == 0: raise ZeroDivisionError("Fraction(%s, 0)" % n)
        g = math.gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Frac(-self.n, self.d)
    def __truediv__(self, o): return self * Frac(o.d, o.n)
    def __eq__(self, o):
        if isinstance(o, int): return self.d == 1 and self.n == o
        if not isinstance(o, Frac): return NotImplemented
        return (self.n, self.d) == (o.n, o.d)
    def __hash__(self): return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __lt__(self, o): return self.n * o.d < o.n * self.d
    def __float__(self): return self.n / self.d
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
h = sum(Frac(1, k) for k in range(1, 11))
print(h, float(h), Frac(2, 4) == Frac(1, 2), Frac(4, 2) == 2, len({Frac(1, 2), Frac(2, 4), Frac(3, 3), 1}))
print(sorted([Frac(1, 3), Frac(1, 4), Frac(1, 2)]), Frac(1, 2) - Frac(1, 3), Frac(3, 4) / Frac(1, 2), str(Frac(-6, -3)))
try: Frac(1, 0)
except ZeroDivisionError as e: print("ZDE", e)
def life(grid, steps):
    h, w = len(grid), len(grid[0])
    cells = {(r, c) for r in range(h) for c in range(w) if grid[r][c] == "#"}
    for _ in range(steps):
        cnt = {}
        for r, c in cells:
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        k = ((r + dr) % h, (c + dc) % w); cnt[k] = cnt.get(k, 0) + 1
        cells = {k for k, v in cnt.items() if v == 3 or (v == 2 and k in cells)}
    return ["".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h)]
g = [".#....", "..#...", "###...", "......", "......", "......"]
for row in life(g, 4): print(row)
doc = {"name": "Hero", "hp": 12.5, "inv": ["sword", None, True], "pos": {"x": -1, "y": 2e10}, "uni": "café\n"}
s = json.dumps(doc); print(s); print(json.loads(s) == doc, json.dumps(doc, indent=2, sort_keys=True)[:60])
print(json.dumps([1.0, 1e100, float("1e-7"), 10**20, "\u00e9\x01"]), json.loads('[1.5e3, -0, "\\u00e9", {"a": []}]'))
