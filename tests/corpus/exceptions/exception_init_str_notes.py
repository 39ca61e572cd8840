# raise Cls with a Python __init__, super().__str__() / __repr__() of exceptions, add_note
class GameError(Exception):
    code = 100
    def __init__(self, msg="game error", *, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class NetError(GameError):
    code = 200

class Timeout(NetError, TimeoutError):
    code = 201

for exc in [GameError(), NetError("lost", detail="eth0"), Timeout("slow"), KeyError("k")]:
    try:
        raise exc
    except TimeoutError as e:
        print("timeout:", e, isinstance(e, OSError), e.args)
    except GameError as e:
        print("game:", e, e.args)
    except KeyError as e:
        print("std:", repr(e), str(e))

# Raising the class itself instantiates it (running the Python __init__).
try:
    raise Timeout
except Exception as e:
    print(type(e).__name__, e, e.detail)

class Loud(Exception):
    def __init__(self):
        super().__init__("loud", 2)
        print("Loud.__init__ ran")

def thrower():
    raise Loud

try:
    thrower()
except Loud as e:
    print("caught", e.args)

try:
    raise Loud from ValueError("root")
except Loud as e:
    print("cause", repr(e.__cause__))

class Wrapped(ValueError):
    def __str__(self):
        return "W:" + super().__str__()
    def __repr__(self):
        return "R:" + super().__repr__()

w = Wrapped("a", 1)
print(str(w), repr(w))
print(Exception.__str__(w), BaseException.__repr__(w), Exception.__str__(ValueError("v")))

class K(KeyError):
    def __str__(self):
        return "K" + super().__str__()
print(str(K("x")), str(K()), repr(K("y")))

e = ValueError("bad level")
e.add_note("while loading level 3")
e.add_note("hint: check the map")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print(x)
print(hasattr(ValueError("fresh"), "__notes__"))
