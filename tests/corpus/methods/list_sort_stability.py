records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
by_letter = sorted(records, key=lambda r: r[0])
print(by_letter)
by_num_then_letter = sorted(by_letter, key=lambda r: r[1])
print(by_num_then_letter)
rev = sorted(records, key=lambda r: r[1], reverse=True)
print(rev)
people = [{"n": "x", "age": 30}, {"n": "y", "age": 25}, {"n": "z", "age": 30}, {"n": "w", "age": 25}]
people.sort(key=lambda p: p["age"])
print([p["n"] for p in people])
data = [3, -3, 2, -2, 1, -1, 0]
print(sorted(data, key=abs), sorted(data, key=abs, reverse=True))
big = [(i % 7, i) for i in range(30)]
s = sorted(big, key=lambda t: t[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
print(s[:8])
