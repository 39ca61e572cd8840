def run(fail_in_else):
    try:
        x = 1
    except ValueError:
        return "except"
    else:
        if fail_in_else:
            raise KeyError("from else")
        return "else"
    finally:
        print("finally for", fail_in_else)
print(run(False))
try:
    run(True)
except KeyError as e:
    print("caught", repr(e))
