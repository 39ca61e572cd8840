class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in self.fields())
        return "{" + items + "}"
class CompareMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.fields() == other.fields()
    def __hash__(self):
        return hash(tuple(self.fields()))
class Point(JsonMixin, CompareMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def fields(self):
        return [("x", self.x), ("y", self.y)]
p = Point(1, 2)
print(p.to_json(), p == Point(1, 2), p != Point(2, 1), len({p, Point(1, 2)}))
print([c.__name__ for c in Point.__mro__])
print(isinstance(p, JsonMixin), issubclass(Point, CompareMixin))
