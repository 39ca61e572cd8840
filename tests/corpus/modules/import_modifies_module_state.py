import helper
from helper import bump
print(bump(), bump(), helper.counter)
helper.GREETING = "patched"
print(helper.greet("x"))
