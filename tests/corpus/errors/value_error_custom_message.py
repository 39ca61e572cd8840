def set_volume(v):
    if not 0 <= v <= 10:
        raise ValueError(f"volume must be 0..10, got {v}")
    return v
print(set_volume(3))
set_volume(11)
