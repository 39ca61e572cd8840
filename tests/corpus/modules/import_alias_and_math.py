import geometry as geo
import math as m
print(round(geo.PI2, 6), m.pi == geo.math.pi)
print(geo.dist(geo.ORIGIN, geo.Vector(-6, 8)))
