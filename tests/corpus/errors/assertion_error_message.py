def check_inventory(items):
    for name, qty in items.items():
        assert qty >= 0, f"negative quantity for {name}: {qty}"
check_inventory({"a": 1})
check_inventory({"b": 2, "c": -1})
