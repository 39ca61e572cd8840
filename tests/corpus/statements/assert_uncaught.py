def validate(health):
    assert 0 <= health <= 100, "health out of range: " + str(health)
    return health
print(validate(50))
print(validate(150))
print("unreachable")
