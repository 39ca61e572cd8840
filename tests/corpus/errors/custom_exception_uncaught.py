class QuestFailed(Exception):
    pass
def attempt(quest):
    if quest == "dragon":
        raise QuestFailed("the dragon won")
    return "success"
print(attempt("rats"))
print(attempt("dragon"))
