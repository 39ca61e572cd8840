print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=7), "{0[1]} {0[0]}".format(["p", "q"]))
print("{d[key]} {d[2]}".format(d={"key": "v", 2: "two"}))
class P:
    x = 3
    y = [7, 8]
print("{p.x} {p.y[1]}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^9}".format("mid"), "{:08.3f}".format(3.14159))
print("{:,}".format(1234567), "{:.2%}".format(0.1234), "{:x}".format(255), "{:#b}".format(5), "{:e}".format(1234.5))
print("{!r} {!s}".format("q", "q"), "{0!r:>6}".format("z"), "{{}} {}".format("braces"))
print("{:{w}.{p}f}".format(2.718281, w=10, p=2) + "|", "{:+d} {: d}".format(5, 5))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print("KeyError:", e)
