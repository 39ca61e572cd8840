def wraps_manually(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.wrapped = fn
    return wrapper
@wraps_manually
def documented(x):
    """Doubles x."""
    return 2 * x
print(documented(4), documented.__name__, documented.__doc__, documented.wrapped(5))
def validate_types(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco
@validate_types(int, str)
def label(n, s):
    return f"{s}#{n}"
print(label(3, "item"))
try:
    label("3", "item")
except TypeError as e:
    print("TypeError:", e)
