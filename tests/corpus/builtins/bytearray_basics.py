ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
print(ba, bytes(ba), len(ba), ba.decode(), type(ba).__name__)
ba.extend(b"xyz")
print(ba, ba[1:3], ba[-1], list(ba[:2]), 120 in ba, b"dx" in ba)
print(bytearray(3), bytearray([1, 2]), bytearray(), bytearray("héllo", "utf-8"), bytearray("hi", "ascii"))
buf = bytearray()
for i in range(5):
    buf += bytes([65 + i])
buf *= 2
print(buf, buf == b"ABCDEABCDE", b"AB" + bytearray(b"C"), bytearray(b"C") + b"AB", buf.count(b"A"), buf.find(b"CD"))
print(buf.upper(), bytearray(b"a,b").split(b","), buf.hex(), buf.startswith(b"AB"), buf.pop(), buf.pop(0), buf)
buf.reverse(); buf.insert(0, 33); buf.remove(67); print(buf, buf.copy() == buf, buf.copy() is buf)
del buf[1:3]; buf[0:2] = b"zz"; print(buf, sorted(bytearray(b"cab")), bytes(bytearray(b"q")) + b"!")
for f in [lambda: ba.append(256), lambda: ba.append("x"), lambda: bytearray("x"), lambda: bytearray(-1),
          lambda: {ba: 1}, lambda: bytearray().pop(), lambda: ba.remove(7), lambda: bytes(5.5)]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
class Packet:
    def __init__(self, kind, payload):
        self.kind, self.payload = kind, payload
    def __bytes__(self):
        return bytes([self.kind, len(self.payload)]) + self.payload
print(bytes(Packet(7, b"hey")), bytes(iter([1, 2, 3])) if False else bytes([1, 2, 3]))
def checksum(data):
    out = bytearray()
    acc = 0
    for b in data:
        acc = (acc * 31 + b) & 0xFF
        out.append(acc)
    return out
print(checksum(b"game save v1"), checksum(b"").decode() == "")
