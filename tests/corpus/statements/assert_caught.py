def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args)
assert True, "never shown"
assert [1], "non-empty list passes"
print("done")
