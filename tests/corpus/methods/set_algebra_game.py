players = {"ann", "bob", "cat", "dan"}
online = {"bob", "dan", "eve"}
party = {"ann", "bob"}
print(sorted(players & online), sorted(online - players), sorted(players - online))
print(sorted(players ^ online), party <= players, party < players, party.isdisjoint(online))
visited = set()
for room in ["hall", "kitchen", "hall", "cellar", "kitchen"]:
    if room in visited:
        print("revisit", room)
    visited.add(room)
print(sorted(visited), len(visited))
print(sorted({x % 4 for x in range(10)} | {9}), sorted(set("abc") & set("bcd")))
