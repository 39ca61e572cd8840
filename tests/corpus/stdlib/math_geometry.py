import math
def dist(a, b):
    return math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)
pts = [(0, 0), (3, 4), (6, 8), (-1, 1)]
for p in pts:
    print(p, round(dist((0, 0), p), 6), round(math.degrees(math.atan2(p[1], p[0])), 3))
def rotate(p, deg):
    r = math.radians(deg)
    x, y = p
    return (round(x * math.cos(r) - y * math.sin(r), 9), round(x * math.sin(r) + y * math.cos(r), 9))
print(rotate((1, 0), 90), rotate((1, 0), 180), rotate((2, 2), 45))
circle = [(round(math.cos(2 * math.pi * k / 8), 3), round(math.sin(2 * math.pi * k / 8), 3)) for k in range(8)]
print(circle)
perimeter = sum(dist(pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts)))
print(f"{perimeter:.4f}")
print(math.floor(-0.5), math.ceil(-0.5), int(-0.5), round(-0.5))
