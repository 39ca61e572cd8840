def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError):
        return "lookup-specific"
    except LookupError:
        return "lookup-general"
    except (ZeroDivisionError, OverflowError) as e:
        return f"arith {type(e).__name__}"
    except Exception as e:
        return f"other {type(e).__name__}"
for exc in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(), RuntimeError(), UnicodeDecodeError("utf-8", b"", 0, 1, "x")]:
    print(type(exc).__name__, "->", classify(exc))
