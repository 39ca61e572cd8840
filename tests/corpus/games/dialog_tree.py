DIALOG = {
    "start": {
        "text": "A hooded stranger blocks the road.",
        "choices": [("Greet them", "greet"), ("Draw sword", "fight"), ("Walk away", "leave")],
    },
    "greet": {
        "text": "'Traveler, will you help find my lost cat?'",
        "choices": [("Accept", "accept"), ("Ask about reward", "reward"), ("Decline", "leave")],
    },
    "reward": {
        "text": "'Fifty gold pieces, and my gratitude.'",
        "choices": [("Accept", "accept"), ("Decline", "leave")],
        "flag": "knows_reward",
    },
    "accept": {"text": "The stranger smiles. Quest added: Lost Cat.", "choices": [], "flag": "quest_cat"},
    "fight": {"text": "The stranger vanishes in smoke.", "choices": [], "flag": "hostile"},
    "leave": {"text": "You continue on your way.", "choices": []},
}

class DialogError(Exception):
    pass

def validate(tree):
    problems = []
    for node_id, node in tree.items():
        for label, target in node["choices"]:
            if target not in tree:
                problems.append(f"{node_id} -> {target} ({label})")
    return problems

def walk(tree, picks, start="start"):
    flags = set()
    node_id = start
    transcript = []
    step = 0
    while True:
        node = tree[node_id]
        transcript.append(f"[{node_id}] {node['text']}")
        if "flag" in node:
            flags.add(node["flag"])
        if not node["choices"]:
            break
        for i, (label, _) in enumerate(node["choices"], start=1):
            transcript.append(f"   {i}. {label}")
        if step >= len(picks):
            raise DialogError(f"ran out of choices at {node_id!r}")
        pick = picks[step]
        step += 1
        if not 1 <= pick <= len(node["choices"]):
            transcript.append(f"   (invalid choice {pick}, choosing 1)")
            pick = 1
        label, node_id = node["choices"][pick - 1]
        transcript.append(f"   > {label}")
    return transcript, sorted(flags)

print("problems:", validate(DIALOG))
for picks in [[1, 2, 1], [2], [3], [1, 9, 2], [1]]:
    try:
        lines, flags = walk(DIALOG, picks)
        print("\n".join(lines))
        print("flags:", flags)
    except DialogError as e:
        print("DialogError:", e)
    print("-" * 20)

def count_paths(tree, node_id, depth=0):
    node = tree[node_id]
    if not node["choices"]:
        return 1
    return sum(count_paths(tree, t, depth + 1) for _, t in node["choices"])

print("endings reachable:", count_paths(DIALOG, "start"))
broken = dict(DIALOG)
broken["leave"] = {"text": "...", "choices": [("Go back", "limbo")]}
print("problems:", validate(broken))
