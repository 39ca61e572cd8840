# Python semantics exercised through host calls. Cloaca runs it with the C# host functions
# (Tests.cs, PythonSemantics); python3 runs it with semantics_host.py's stubs. Outputs must match.
host_put("scores", {"ann": 3, "bob": 5})
s = host_get("scores")
s["cy"] = 4
print(sorted(s.items(), key=lambda kv: -kv[1]))
print(host_get("missing"), type(host_get("scores")).__name__)
host_put("t", (1, 2.5, "x", b"\x00\xff", None, True))
t = host_get("t")
print(t, len(t), t[1] * 2, t[3][1], isinstance(t, tuple))
print(host_later([1, [2, 3]]), host_later({"k": (1,)}), host_later(-7 // 2), host_later(7 % -3))
print(host_later(0.1 + 0.2), host_later(1e300 * 10), host_later(2 ** 62))
try:
    host_fail("no such door")
except HostError as e:
    print("HostError:", e)
def retry(n):
    out = []
    for i in range(n):
        try:
            if i % 2 == 0:
                host_fail("attempt %d" % i)
            out.append(host_later(i * i))
        except HostError as e:
            out.append(str(e))
    return out
print(retry(4))
print("%s|%r|%5.2f|%-4s|" % ("a", "b", 3.14159, "x"), "{}-{!r}".format(1, "q"))
