text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))[:3]
print(top, [letters[c] for c in top])
nested = {}
for i, w in enumerate(text.split()):
    nested.setdefault(w[0], {}).setdefault(w, []).append(i)
print(nested)
merged = {}
for src in [{"a": 1, "b": 2}, {"b": 3, "c": 4}]:
    for k, v in src.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
