# cloaca: module
"""A small helper module imported by scripts in this directory."""
GREETING = "hello from helper"
counter = 0

def greet(name):
    return f"{GREETING}, {name}"

def bump():
    global counter
    counter += 1
    return counter

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

_private = "underscore names are still importable by attribute"
