def split_loot(gold, players):
    return gold // players
def distribute(party):
    return {name: split_loot(100, len(members)) for name, members in party.items()}
print(distribute({"red": [1, 2], "blue": [1]}))
print(distribute({"red": [1], "empty": []}))
