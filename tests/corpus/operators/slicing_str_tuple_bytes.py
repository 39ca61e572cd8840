s = "Hello, World"
t = tuple(range(8))
b = b"abcdefgh"
for seq in (s, t, b):
    print(seq[1:4], seq[::-1], seq[::3], seq[-3:], seq[5:1:-2], seq[50:], seq[-50:2])
print(s[::-1].lower(), s[7:][::-1])
print(type(t[1:3]).__name__, type(b[1:3]).__name__, type(s[0]).__name__)
print(s[len(s):], repr(s[3:3]), t[10:20])
r = range(0, 20, 3)
print(r[1:4], list(r[::-1]), list(r[1:4]), r[-1])
word = "racecar"
print(word == word[::-1], "python"[1:-1:2])
