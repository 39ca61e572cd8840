class ConfigError(Exception):
    pass
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key}") from e
try:
    load("b")
except ConfigError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        [][0]
    except IndexError:
        raise ValueError("implicit")
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__)
print(load("a"))
