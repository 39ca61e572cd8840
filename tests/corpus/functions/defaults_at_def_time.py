counter = 10
def f(x=counter):
    return x
counter = 20
print(f(), f(5))
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_append(1), safe_append(2))
def show_default(d={}):
    d["calls"] = d.get("calls", 0) + 1
    return d
show_default()
print(show_default())
print(append_to.__defaults__, f.__defaults__)
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"))
