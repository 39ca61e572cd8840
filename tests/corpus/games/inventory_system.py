class ItemError(Exception):
    pass

class Item:
    def __init__(self, name, weight, value, stackable=True):
        self.name = name
        self.weight = weight
        self.value = value
        self.stackable = stackable

    def __repr__(self):
        return f"Item({self.name!r})"

class Inventory:
    def __init__(self, capacity):
        self.capacity = capacity
        self.slots = {}

    @property
    def weight(self):
        return round(sum(item.weight * qty for item, qty in self.slots.values()), 2)

    @property
    def value(self):
        return sum(item.value * qty for item, qty in self.slots.values())

    def add(self, item, qty=1):
        if qty <= 0:
            raise ItemError(f"bad quantity {qty}")
        if self.weight + item.weight * qty > self.capacity:
            raise ItemError(f"too heavy: {item.name} x{qty}")
        if item.name in self.slots:
            if not item.stackable:
                raise ItemError(f"{item.name} does not stack")
            old_item, old_qty = self.slots[item.name]
            self.slots[item.name] = (old_item, old_qty + qty)
        else:
            self.slots[item.name] = (item, qty)
        return self

    def remove(self, name, qty=1):
        if name not in self.slots:
            raise ItemError(f"no {name} in inventory")
        item, have = self.slots[name]
        if have < qty:
            raise ItemError(f"only {have} {name}, wanted {qty}")
        if have == qty:
            del self.slots[name]
        else:
            self.slots[name] = (item, have - qty)
        return item

    def __contains__(self, name):
        return name in self.slots

    def __len__(self):
        return sum(q for _, q in self.slots.values())

    def __iter__(self):
        for name in sorted(self.slots):
            yield name, self.slots[name][1]

    def report(self):
        lines = [f"{name:<10}x{qty:>3}" for name, qty in self]
        lines.append(f"weight {self.weight}/{self.capacity} value {self.value}g")
        return "\n".join(lines)

potion = Item("potion", 0.5, 25)
arrow = Item("arrow", 0.1, 1)
sword = Item("sword", 4.0, 150, stackable=False)
armor = Item("armor", 20.0, 400, stackable=False)

inv = Inventory(capacity=25)
inv.add(potion, 3).add(arrow, 40).add(sword)
print(inv.report())
print(len(inv), "potion" in inv, "shield" in inv)

actions = [
    ("add", armor, 1),
    ("add", sword, 1),
    ("add", potion, 0),
    ("remove", "arrow", 15),
    ("remove", "potion", 5),
    ("remove", "shield", 1),
    ("remove", "sword", 1),
    ("add", armor, 1),
]
for act, what, qty in actions:
    try:
        if act == "add":
            inv.add(what, qty)
            print("added", what.name, qty)
        else:
            got = inv.remove(what, qty)
            print("removed", got.name, qty)
    except ItemError as e:
        print("failed:", e)
print(inv.report())
print(list(inv))
by_value = sorted(inv.slots.values(), key=lambda pair: pair[0].value * pair[1], reverse=True)
print([(i.name, i.value * q) for i, q in by_value])
