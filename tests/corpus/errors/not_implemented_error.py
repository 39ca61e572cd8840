class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Square(Shape):
    def area(self):
        return 4
print(Square().area())
print(Shape().area())
