def level_a(x):
    return level_b(x) + 1
def level_b(x):
    return level_c(x) * 2
def level_c(x):
    return helper(x)
def helper(x):
    return 100 // x
print(level_a(5))
print(level_a(0))
