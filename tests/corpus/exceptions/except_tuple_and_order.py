def risky(n):
    return [lambda: 1 / 0, lambda: [][0], lambda: {}["z"], lambda: int("x"), lambda: "ok"][n]()
for i in range(5):
    try:
        print(risky(i))
    except (ZeroDivisionError, IndexError) as e:
        print(i, "first clause", type(e).__name__)
    except LookupError as e:
        print(i, "lookup clause", type(e).__name__, e)
    except Exception as e:
        print(i, "generic clause", type(e).__name__, e)
try:
    raise KeyError("specific")
except Exception:
    print("general clause wins when first")
except KeyError:
    print("never")
errs = (TypeError, ValueError)
try:
    raise ValueError("dynamic tuple")
except errs as e:
    print("caught via variable tuple:", e)
