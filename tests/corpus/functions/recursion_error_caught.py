def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("caught RecursionError:", type(e).__name__, isinstance(e, RuntimeError))
def ok(n):
    return 0 if n == 0 else ok(n - 1) + 1
print("still works:", ok(100))
