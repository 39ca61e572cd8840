def spawn(kind, x=0, y=0):
    return (kind, x, y)
print(spawn("orc", y=3))
spawn("orc", z=1)
