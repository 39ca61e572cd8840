tests = [
    (lambda: {}["k"], LookupError),
    (lambda: [][1], LookupError),
    (lambda: 1 / 0, ArithmeticError),
    (lambda: int("q"), ValueError),
    (lambda: None.x, AttributeError),
    (lambda: undefined_name, NameError),
    (lambda: next(iter([])), StopIteration),
    (lambda: 1 + "a", TypeError),
    (lambda: int(float("inf")), OverflowError),
]
for fn, base in tests:
    try:
        fn()
    except base as e:
        print(base.__name__, "caught", type(e).__name__, "|", e)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(AssertionError, Exception))
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
