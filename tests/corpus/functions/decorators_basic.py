def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"))
def trace(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        result = fn(*args)
        print("returned", result)
        return result
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__)
call_counts = {}
def counted(fn):
    def wrapper(*a):
        call_counts[fn.__name__] = call_counts.get(fn.__name__, 0) + 1
        return fn(*a)
    return wrapper
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), call_counts)
def register(registry):
    def deco(fn):
        registry.append(fn.__name__)
        return fn
    return deco
handlers = []
@register(handlers)
def on_start(): pass
@register(handlers)
def on_stop(): pass
print(handlers)
