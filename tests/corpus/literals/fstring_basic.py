name = "Ada"
age = 36
pi = 3.14159265
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'héllo'!a} {'x'!r}")
print(f"{age + 1} {age * 2} {age > 30}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {pi:.3e}")
print(f"{age:5d}|{age:<5d}|{age:^5d}|{age:05d}|{age:+d}")
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#b} {255:#o}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{0.25:%} {0.25:.1%}")
print(f"{{literal braces}} {{{age}}}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':*^9}")
items = [1, 2, 3]
print(f"{items} {items[0]} {len(items)} {items!r}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{name=} {age=}")
print(f"{age = }")
print(f"{'nested ' + f'{age}'}")
print(F"capital F {name}")
print(f"{3.0} {1e20} {1/3}")
