def none_implicit():
    x = 1
def none_explicit():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return "early at 3"
    return "finished"
print(none_implicit(), none_explicit(), multi())
a, b, c = multi()
print(a, b, c)
print(early(10), early(2))
def nested_return(x):
    if x:
        while True:
            for i in range(10):
                if i == x:
                    return i * 100
    return -1
print(nested_return(4), nested_return(0))
def returns_func():
    def inner():
        return "inner result"
    return inner
print(returns_func()())
