class LevelLoadError(Exception):
    pass
def parse_level(text):
    return [int(t) for t in text.split(",")]
def load_level(text):
    try:
        return parse_level(text)
    except ValueError as e:
        raise LevelLoadError("level data corrupt") from e
print(load_level("1,2,3"))
print(load_level("1,two,3"))
