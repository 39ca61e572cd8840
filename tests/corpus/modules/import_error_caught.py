try:
    import definitely_missing_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print("continuing")
