# string.Template: substitute, safe_substitute, invalid placeholders
from string import Template
t = Template("Hello $name, you have ${count} gold. $$5 fee.")
print(t.substitute(name="Ann", count=5))
print(t.safe_substitute(name="Bob"))
print(t.substitute({"name": "C", "count": 1}))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
print(Template("$who likes $what").substitute({"who": "tim"}, what="kung pao"))
import string
for bad in ["cost: $", "a ${name", "x $1 y", "line1\n  $ oops"]:
    try:
        Template(bad).substitute(name=1)
    except ValueError as e:
        print(e)
    print(Template(bad).safe_substitute(name=1))
print(Template("${a}${b}$a_b $A").safe_substitute(a=1, A=2), Template("$x $y").get_identifiers(), Template("$").is_valid())
class T2(Template): pass
print(T2("$q!").substitute(q="?"))
