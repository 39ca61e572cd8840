def tryit(label, fn):
    try:
        fn()
        print(label, "ok")
    except ValueError as e:
        print(label, "ValueError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)

def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = [1, 2]
def star_too_few():
    a, b, *c = [1]
def not_iterable():
    a, b = 5
def fine():
    a, *b = [1]
def from_gen():
    a, b = (x for x in range(3))
tryit("too_many", too_many)
tryit("too_few", too_few)
tryit("star_too_few", star_too_few)
tryit("not_iterable", not_iterable)
tryit("fine", fine)
tryit("from_gen", from_gen)
