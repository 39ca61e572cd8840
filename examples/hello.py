# A tiny tour of what runs today.
class Npc:
    def __init__(self, name, lines):
        self.name = name
        self.lines = lines

    def talk(self):
        for i, line in enumerate(self.lines, 1):
            yield f"{self.name} ({i}/{len(self.lines)}): {line}"


guard = Npc("Guard", ["Halt!", "Who goes there?"])
for text in guard.talk():
    print(text)
print(sorted({"gold": 3, "arrows": 12}.items(), key=lambda kv: -kv[1]))
print("%s has %d lines" % (guard.name, len(guard.lines)))
