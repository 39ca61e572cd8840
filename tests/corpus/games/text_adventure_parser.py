# text adventure parser / state machine with generators and closures
import itertools
rooms = {
    "hall": {"desc": "A long hall.", "exits": {"north": "kitchen", "east": "study"}, "items": ["lamp"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"south": "hall"}, "items": ["knife", "bread"]},
    "study": {"desc": "Books everywhere.", "exits": {"west": "hall"}, "items": []},
}
def make_game():
    state = {"room": "hall", "inv": [], "moves": 0}
    def do(cmd):
        words = cmd.lower().split()
        if not words: return "Say something."
        verb, *rest = words
        state["moves"] += 1
        room = rooms[state["room"]]
        if verb in ("go", "walk") and rest:
            dest = room["exits"].get(rest[0])
            if dest is None: return f"You can't go {rest[0]}."
            state["room"] = dest
            return rooms[dest]["desc"]
        elif verb == "take" and rest:
            if rest[0] in room["items"]:
                room["items"].remove(rest[0]); state["inv"].append(rest[0])
                return f"Taken: {rest[0]}."
            return "No such item."
        elif verb == "inv":
            return "You carry: " + (", ".join(sorted(state["inv"])) or "nothing")
        elif verb == "look":
            items = room["items"]
            return f"{room['desc']} Exits: {', '.join(sorted(room['exits']))}. Items: {items if items else 'none'}"
        return f"I don't understand {verb!r}."
    return do, state
game, st = make_game()
script = ["look", "take lamp", "take sofa", "go north", "take bread", "go west", "go south", "go east", "inv", "dance wildly", ""]
for line, n in zip(script, itertools.count(1)):
    print(f"{n:2}> {line:<14} {game(line)}")
print(st)
def tokenize(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1; continue
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit(): j += 1
            yield ("NUM", int(s[i:j])); i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(s) and (s[j].isalnum() or s[j] == "_"): j += 1
            yield ("ID", s[i:j]); i = j
        elif s.startswith(("==", "!=", "<=", ">="), i):
            yield ("OP", s[i:i+2]); i += 2
        else:
            yield ("OP", c); i += 1
print(list(tokenize("if x1 >= 42 and y != 7: z = x1*2")))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x; count += 1
        avg = total / count
g = running_avg(); next(g)
print([round(g.send(x), 3) for x in [10, 20, 5, 7.5]])
def take_every(it, n):
    for i, x in enumerate(it):
        if i % n == 0: yield x
print(list(take_every(range(20), 6)), list(itertools.islice(take_every(itertools.count(), 3), 4)))
