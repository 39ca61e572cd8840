def inner():
    return {}["missing"]
def outer():
    try:
        inner()
    except KeyError as e:
        print("saw", repr(e), "- re-raising")
        raise
outer()
