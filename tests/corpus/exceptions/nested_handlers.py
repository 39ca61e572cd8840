def parse(items):
    results = []
    for item in items:
        try:
            try:
                results.append(10 // int(item))
            except ValueError:
                print("inner: bad literal", repr(item))
                raise
            except ZeroDivisionError:
                print("inner: zero, substituting")
                results.append(0)
        except ValueError as e:
            print("outer:", e)
            results.append(-1)
    return results
print(parse(["5", "0", "abc", "2"]))
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError as inner:
            print("handled inner", inner)
        print("still in outer handler")
        raise TypeError("c")
except TypeError as e:
    print("final", e, type(e.__context__).__name__)
