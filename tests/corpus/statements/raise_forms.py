class GameError(Exception):
    pass
def fail(kind):
    if kind == 1:
        raise ValueError("bad value")
    if kind == 2:
        raise KeyError
    if kind == 3:
        raise GameError("game broke", 42)
    if kind == 4:
        raise TypeError()
    return "ok"
for k in range(5):
    try:
        print(fail(k))
    except (ValueError, KeyError, GameError, TypeError) as e:
        print(type(e).__name__, repr(e), e.args, str(e))
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("outer got", e)
try:
    raise RuntimeError("from class instance")
except RuntimeError as e:
    err = e
print(err, err.args)
try:
    raise err
except RuntimeError as e2:
    print(e2 is err)
