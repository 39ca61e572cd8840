try:
    raise ValueError("x")
except ValueError as err:
    msg = str(err)
print(msg)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
err = "preexisting"
try:
    raise KeyError(1)
except KeyError as err:
    pass
try:
    print(err)
except NameError:
    print("err was unbound after except")
