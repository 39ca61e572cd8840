QUESTS = {
    "rats": {"title": "Rat Problem", "requires": [], "reward": 10, "goals": {"rat": 5}},
    "wolves": {"title": "Wolf Pack", "requires": ["rats"], "reward": 40, "goals": {"wolf": 3, "alpha": 1}},
    "herbs": {"title": "Healer's Herbs", "requires": [], "reward": 15, "goals": {"herb": 4}},
    "cave": {"title": "Into the Cave", "requires": ["wolves", "herbs"], "reward": 100, "goals": {"bat": 6}},
}

class QuestLog:
    def __init__(self, quests):
        self.quests = quests
        self.active = {}
        self.done = []
        self.gold = 0

    def available(self):
        return [q for q, info in self.quests.items()
                if q not in self.active and q not in self.done
                and all(r in self.done for r in info["requires"])]

    def accept(self, qid):
        if qid not in self.available():
            missing = [r for r in self.quests[qid]["requires"] if r not in self.done]
            return f"cannot accept {qid}: needs {missing}" if missing else f"cannot accept {qid}"
        self.active[qid] = {goal: 0 for goal in self.quests[qid]["goals"]}
        return f"accepted {self.quests[qid]['title']}"

    def record(self, thing, n=1):
        messages = []
        for qid, progress in list(self.active.items()):
            if thing in progress:
                need = self.quests[qid]["goals"][thing]
                progress[thing] = min(need, progress[thing] + n)
                if all(progress[g] >= c for g, c in self.quests[qid]["goals"].items()):
                    del self.active[qid]
                    self.done.append(qid)
                    self.gold += self.quests[qid]["reward"]
                    messages.append(f"completed {qid} (+{self.quests[qid]['reward']}g)")
        return messages

    def summary(self):
        lines = []
        for qid, progress in self.active.items():
            goals = ", ".join(f"{g} {p}/{self.quests[qid]['goals'][g]}" for g, p in progress.items())
            lines.append(f"  {self.quests[qid]['title']}: {goals}")
        return "\n".join(lines) or "  (no active quests)"

log = QuestLog(QUESTS)
print("available:", log.available())
print(log.accept("rats"))
print(log.accept("cave"))
print(log.accept("herbs"))
print(log.summary())
events = [("rat", 3), ("herb", 2), ("rat", 4), ("wolf", 1), ("herb", 2)]
for thing, n in events:
    for msg in log.record(thing, n):
        print(msg)
print("available:", log.available())
print(log.accept("wolves"))
for thing in ["wolf", "wolf", "wolf", "alpha", "bat"]:
    for msg in log.record(thing):
        print(msg)
print(log.summary())
print(log.accept("cave"))
print(log.record("bat", 10))
print("done:", log.done, "gold:", log.gold)
print(log.summary())
totals = {}
for qid in log.done:
    for goal, count in QUESTS[qid]["goals"].items():
        totals[goal] = totals.get(goal, 0) + count
print(dict(sorted(totals.items())))
