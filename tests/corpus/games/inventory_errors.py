# inventory system with classes, properties, errors, sorting
from collections import defaultdict
from functools import cmp_to_key, reduce
class InventoryError(Exception): pass
class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item
class Item:
    def __init__(self, name, price, qty=0, category="misc"):
        self.name, self.price, self.qty, self.category = name, price, qty, category
    def __repr__(self): return f"Item({self.name!r}, {self.price:.2f}, qty={self.qty})"
    def __lt__(self, other): return (self.price, self.name) < (other.price, other.name)
class Inventory:
    def __init__(self): self.items = {}
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
    def remove(self, name, n):
        it = self.items.get(name)
        if it is None: raise KeyError(name)
        if it.qty < n: raise OutOfStock(name, n, it.qty)
        it.qty -= n
        if it.qty == 0: del self.items[name]
    def by_category(self):
        out = defaultdict(list)
        for it in self.items.values(): out[it.category].append(it.name)
        return {k: sorted(v) for k, v in sorted(out.items())}
    def total(self): return round(sum(i.price * i.qty for i in self.items.values()), 2)
    def __iter__(self): return iter(sorted(self.items.values()))
    def __len__(self): return len(self.items)
inv = Inventory()
for args in [("sword", 15.5, 1, "weapon"), ("potion", 2.25, 10, "consumable"), ("shield", 12.0, 1, "armor"), ("arrow", 0.1, 50, "weapon"), ("potion", 2.25, 5, "consumable")]:
    inv.add(Item(*args))
print(len(inv), inv.total(), list(inv))
print(inv.by_category())
for name, n in [("potion", 3), ("arrow", 60), ("bow", 1), ("shield", 1)]:
    try:
        inv.remove(name, n)
        print("removed", n, name)
    except OutOfStock as e:
        print("OutOfStock:", e, e.item, isinstance(e, InventoryError))
    except KeyError as e:
        print("KeyError:", e)
print(len(inv), inv.total())
def cmp(a, b): return (a.qty > b.qty) - (a.qty < b.qty) or (a.name > b.name) - (a.name < b.name)
print(sorted(inv.items.values(), key=cmp_to_key(cmp)))
print(reduce(lambda acc, it: acc + it.qty, inv, 0))
print(max(inv, key=lambda i: i.price * i.qty).name, min(inv).name)
table = [(i.name, i.qty, i.price) for i in inv]
w = max(len(n) for n, _, _ in table)
for n, q, p in table:
    print(f"{n:<{w}} | {q:>4} | {p:>8.2f} | {q * p:>10,.3f}")
print("%-10s|%6.2f|%+5d" % ("total", inv.total(), -3))
