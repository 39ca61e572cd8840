l = list(range(10))
print(l[2:5], l[:3], l[7:], l[:], l[-3:], l[:-3], l[-5:-2])
print(l[::2], l[1::2], l[::-1], l[::-2], l[8:2:-1], l[8:2:-3], l[2:8:-1])
print(l[100:], l[-100:3], l[3:100], l[5:2], l[-1:-100:-1], l[100:-100:-4])
print(l[None:None:None], l[slice(1, 4)], l[slice(None, None, -3)])
print(l[-1], l[-10], l[0])
s = slice(1, 8, 2)
print(s.start, s.stop, s.step, l[s])
print(len(l[::3]), l[::3])
m = l[:]
print(m is l, m == l)
try:
    l[::0]
except ValueError as e:
    print("ValueError:", e)
