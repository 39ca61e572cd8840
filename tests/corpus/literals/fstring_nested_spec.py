for w in [4, 8, 12]:
    print(f"[{'x':{w}}]", f"[{42:>{w}}]", f"[{3.14159:{w}.{w // 4}f}]")
width, prec = 10, 3
value = 2.718281828
print(f"{value:{width}.{prec}f}|")
print(f"{value:^{width}.{prec}}|")
fill, align = "-", "^"
print(f"{'hi':{fill}{align}{width}}")
print(f"{'abc':>{width}s}")
fmt = ".1f"
print(f"{value:{fmt}}")
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
w = max(len(r[0]) for r in rows)
for n, q, p in rows:
    print(f"{n:<{w}} {q:>3} {p:>6.2f} {q * p:>7.2f}")
print(f"{'total':<{w}} {sum(r[1] for r in rows):>3}")
