from helper import greet, Vector, GREETING as G
from geometry import dist, circle_area, ORIGIN
print(greet("from-import"), G)
print(dist(Vector(3, 4), ORIGIN), round(circle_area(2), 4))
print(isinstance(ORIGIN, Vector))
