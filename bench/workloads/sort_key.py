# sorted()/list.sort() with key= functions and lambdas on objects and tuples,
# reverse=True, stability, plus min/max with key=.


class Player:
    def __init__(self, name, score, level):
        self.name = name
        self.score = score
        self.level = level

    def rank_key(self):
        return (-self.level, self.score, self.name)


def score_of(p):
    return p.score


ROUNDS = 110
SIZE = 3000

seed = 12345


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 8


checksum = 0
for r in range(ROUNDS):
    players = [Player(f"p{rand() % 5000}", rand() % 10000, rand() % 50) for _ in range(SIZE)]
    by_score = sorted(players, key=score_of)
    by_rank = sorted(players, key=Player.rank_key)
    by_name = sorted(players, key=lambda p: p.name, reverse=True)
    pairs = [(p.level, p.score) for p in players]
    pairs.sort()
    nums = [p.score for p in players]
    nums.sort(key=lambda s: (s % 100, s))
    best = max(players, key=lambda p: p.score * 100 + p.level)
    worst = min(players, key=score_of)
    checksum += by_score[0].score + by_score[-1].score + by_rank[0].level
    checksum += len(by_name[0].name) + pairs[0][1] + pairs[-1][0] + nums[0] + nums[-1]
    checksum += best.score + worst.score
    for i in range(0, SIZE, 97):
        checksum += by_rank[i].score * i
    checksum %= 1_000_000_007

print(f"checksum={checksum}")
