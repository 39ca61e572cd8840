import helper
print(helper.GREETING)
print(helper.greet("world"))
print(helper.bump(), helper.bump(), helper.counter)
v = helper.Vector(1, 2) + helper.Vector(3, 4)
print(v, type(v).__name__)
print(helper._private)
print(helper.__name__)
