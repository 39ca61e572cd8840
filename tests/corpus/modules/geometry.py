# cloaca: module
import math
from helper import Vector

PI2 = 2 * math.pi

def dist(a, b):
    return math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2)

def circle_area(r):
    return math.pi * r * r

ORIGIN = Vector(0, 0)
