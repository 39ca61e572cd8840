# An uncaught exception prints its notes after the exception line
def load(level):
    try:
        raise KeyError(f"tileset{level}")
    except KeyError as e:
        e.add_note(f"while loading level {level}")
        raise

print("loading")
load(3)
