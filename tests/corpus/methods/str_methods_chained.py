raw = "  Hello, World! Hello, Python!  "
print(raw.strip().lower().replace("hello", "bye").title())
print(raw.split(",")[0].strip().upper().center(15, "*"))
print("-".join(w.capitalize() for w in "the quick brown fox".split()))
print(" ".join(reversed("one two three".split())))
print("".join(c for c in "a1b2c3" if c.isalpha()), "".join(filter(str.isdigit, "a1b2c3")))
csv = "name,hp,mp\nhero,10,5\nmage,6,20\n"
lines = csv.strip().splitlines()
header = lines[0].split(",")
records = [dict(zip(header, l.split(","))) for l in lines[1:]]
print(records)
print(sum(int(r["hp"]) for r in records), max(records, key=lambda r: int(r["mp"]))["name"])
