class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} while {state!r}")
        self.state = state
        self.event = event

class StateMachine:
    def __init__(self, initial, transitions):
        self.state = initial
        self.transitions = transitions
        self.history = [initial]
        self.listeners = []

    def on_change(self, fn):
        self.listeners.append(fn)
        return fn

    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise InvalidTransition(self.state, event)
        old = self.state
        self.state = self.transitions[key]
        self.history.append(self.state)
        for fn in self.listeners:
            fn(old, event, self.state)
        return self.state

transitions = {
    ("idle", "see_player"): "chase",
    ("chase", "lose_player"): "search",
    ("chase", "in_range"): "attack",
    ("attack", "out_of_range"): "chase",
    ("attack", "low_health"): "flee",
    ("search", "see_player"): "chase",
    ("search", "timeout"): "idle",
    ("flee", "healed"): "idle",
}

guard = StateMachine("idle", transitions)
log = []

@guard.on_change
def record(old, event, new):
    log.append(f"{old} --{event}--> {new}")

events = ["see_player", "in_range", "out_of_range", "lose_player", "timeout",
          "attack", "see_player", "in_range", "low_health", "healed"]
for ev in events:
    try:
        guard.fire(ev)
    except InvalidTransition as e:
        print("ignored:", e, "| state stays", e.state)
print("\n".join(log))
print("history:", guard.history)
visits = {}
for s in guard.history:
    visits[s] = visits.get(s, 0) + 1
print("visits:", visits)

def reachable(start, transitions):
    seen = {start}
    frontier = [start]
    while frontier:
        s = frontier.pop()
        for (src, _), dst in transitions.items():
            if src == s and dst not in seen:
                seen.add(dst)
                frontier.append(dst)
    return sorted(seen)

print("reachable from idle:", reachable("idle", transitions))
print("reachable from flee:", reachable("flee", transitions))
events_by_state = {}
for (src, ev) in transitions:
    events_by_state.setdefault(src, []).append(ev)
for s in sorted(events_by_state):
    print(f"{s:>7}: {', '.join(sorted(events_by_state[s]))}")
