def run(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError as e:
        print("except", e)
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally", x)
print(run(2))
print(run(0))
def only_finally():
    try:
        return "try value"
    finally:
        print("cleanup")
print(only_finally())
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
finally:
    print("finally always")
