def documented(a, b):
    """Add two things."""
    return a + b
print(documented.__doc__)
def nodoc():
    pass
print(nodoc.__doc__)
class C:
    """Class doc."""
    def m(self):
        "method doc"
print(C.__doc__, C.m.__doc__, C.__name__)
print(documented.__name__, documented(1, 2))
documented.custom = "attached"
print(documented.custom)
