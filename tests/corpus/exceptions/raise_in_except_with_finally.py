log = []
def f():
    try:
        raise ValueError("a")
    except ValueError:
        log.append("except")
        raise TypeError("b")
    finally:
        log.append("finally")
try:
    f()
except TypeError as e:
    log.append(f"caught {e} ctx={e.__context__!r}")
print(log)
