class AppError(Exception):
    code = 1
class NetworkError(AppError):
    code = 2
class TimeoutErr(NetworkError):
    code = 3
    def __init__(self, seconds):
        super().__init__(f"timed out after {seconds}s")
        self.seconds = seconds
class ParseError(AppError):
    def __init__(self, line, msg):
        self.line = line
        self.msg = msg
        super().__init__(line, msg)
    def __str__(self):
        return f"line {self.line}: {self.msg}"
def trigger(n):
    raise [AppError("base"), NetworkError("net down"), TimeoutErr(30), ParseError(7, "bad token")][n]
for i in range(4):
    try:
        trigger(i)
    except NetworkError as e:
        print("network family:", type(e).__name__, e, e.code)
    except AppError as e:
        print("app family:", type(e).__name__, e, e.code, e.args)
print(issubclass(TimeoutErr, AppError), isinstance(TimeoutErr(1), NetworkError))
print([c.__name__ for c in TimeoutErr.__mro__])
print(repr(ParseError(1, "x")))
