class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name):
        return f"{self.greeting}, {name}"
g = Greeter("Hi")
bound = g.greet
print(bound("Ann"), Greeter.greet(g, "Bob"))
print(bound.__name__, callable(bound))
methods = [Greeter("Yo").greet, Greeter("Hey").greet]
print([m("you") for m in methods])
print(list(map(g.greet, ["x", "y"])))
g.greet = lambda name: "overridden " + name
print(g.greet("z"), Greeter.greet(g, "z"))
def external(self):
    return "external " + self.greeting
Greeter.ext = external
print(Greeter("Hello").ext())
