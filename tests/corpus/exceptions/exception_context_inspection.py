try:
    try:
        {}["a"]
    except KeyError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("second")
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, str(e.__context__))
try:
    raise RuntimeError("plain")
except RuntimeError as e:
    print(e.__cause__, e.__context__)
