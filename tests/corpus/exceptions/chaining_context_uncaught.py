def read_config():
    settings = {"volume": 5}
    try:
        return settings["difficulty"]
    except KeyError:
        raise RuntimeError("config incomplete")
print("loading")
read_config()
