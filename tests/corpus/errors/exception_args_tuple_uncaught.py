raise ValueError("two", "args")
