score = 10
print(score)
print(bonus + 1)
