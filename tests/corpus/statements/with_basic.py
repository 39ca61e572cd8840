class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Resource("a") as r:
    print("using", r.name)
with Resource("x") as x, Resource("y") as y:
    print("using both", x.name, y.name)
with Resource("no-as"):
    print("body")
try:
    with Resource("failing"):
        raise ValueError("inside with")
except ValueError as e:
    print("propagated:", e)
def f():
    with Resource("in func"):
        return "returned from with"
print(f())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
