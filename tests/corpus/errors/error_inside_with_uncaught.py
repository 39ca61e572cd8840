class Door:
    def __enter__(self):
        print("door opened")
        return self
    def __exit__(self, et, ev, tb):
        print("door closed, exception:", et.__name__ if et else None)
        return False
with Door():
    print("walking through")
    raise PermissionError("door is locked")
