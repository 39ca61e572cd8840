# cloaca: module
def works():
    return "works"

def fails():
    return {}["no such key"]

SETUP = [n * 2 for n in range(3)]
