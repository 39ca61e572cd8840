# Class keyword arguments are passed to __init_subclass__ (plugin registries, tagged subclasses)
class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.plugins.append(cls)

class Desc:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)

class Alpha(Plugin, name="alpha", priority=3):
    d = Desc()

class Beta(Plugin):
    pass

opts = {"priority": 7}
class Gamma(Beta, **opts):
    pass

class Delta(Plugin, priority=1, **{"name": "d"}):
    pass

for p in sorted(Plugin.plugins, key=lambda c: -c.priority):
    print(p.__name__, p.plugin_name, p.priority)

# Keywords nobody consumes reach object.__init_subclass__, which rejects them.
try:
    class Bogus(Plugin, colour="red"):
        pass
except TypeError as e:
    print(e)

class Plain:
    pass
try:
    class Child(Plain, z=1):
        pass
except TypeError as e:
    print(e)

# Keyword values are evaluated before the class body runs.
def note(v):
    print("evaluating", v)
    return v

class Tagged:
    def __init_subclass__(cls, tag):
        print("init_subclass", cls.__name__, tag)
        cls.tag = tag

class Leaf(Tagged, tag=note("leaf")):
    print("body runs")
print(Leaf.tag)
try:
    class NoTag(Tagged):
        pass
except TypeError as e:
    print(e)

# A chain of Python __init_subclass__ methods, each consuming its own keywords.
class Root:
    def __init_subclass__(cls, **kw):
        print("Root sees", cls.__name__, kw)
        super().__init_subclass__()

class Mid(Root):
    def __init_subclass__(cls, extra=None, **kw):
        print("Mid sees", cls.__name__, extra)
        super().__init_subclass__(**kw)

class Leaf2(Mid, extra=1, more=2):
    pass
