def attempt(fn):
    try:
        fn()
    except Exception as e:
        return f"Exception: {type(e).__name__}"
    return "none"
print(attempt(lambda: [].pop()))
print(attempt(lambda: {}.pop("x")))
print(attempt(lambda: "abc".index("z")))
print(attempt(lambda: int("")))
print(attempt(lambda: None + 1))
print(attempt(lambda: (1).foo))
print(attempt(lambda: iter(1)))
print(attempt(lambda: 1))
try:
    raise BaseException("base")
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught:", e)
