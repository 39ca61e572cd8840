def divide(a, b):
    assert b != 0, "divisor must not be zero"
    return a / b
def compute():
    print(divide(10, 4))
    return divide(1, 0)
compute()
