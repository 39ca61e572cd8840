# print(file=...) to objects with write(), sys.stdout / sys.stderr, sys.exit with a status
import sys
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print("a", 1, [2], sep="-", end="!", file=c)
print(file=c)
print(c.parts)
sys.stdout.write("direct write\n")
print("stdout again", file=sys.stdout)
print("a warning line", file=sys.stderr)
print(sys.maxsize, sys.maxsize + 1, type(sys.argv).__name__, sys.version_info[:2] >= (3, 11))
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(old, sys.getrecursionlimit())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(2500))
try:
    sys.exit("not an int")
except SystemExit as e:
    print("caught", e.code)
sys.exit(5)
