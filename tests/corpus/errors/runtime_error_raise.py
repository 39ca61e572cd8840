raise RuntimeError("explicit failure")
