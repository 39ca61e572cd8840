x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x /= 2; print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
class C:
    count = 0
c = C()
c.count += 1
c.count += 1
print(c.count, C.count)
C.count += 10
print(C.count)
d = {"a": 1}
d["a"] += 41
d.setdefault("b", []).append(1)
d["b"] += [2]
print(d)
m = [[1, 2], [3, 4]]
m[1][0] *= 100
print(m)
calls = []
def key():
    calls.append("key")
    return "a"
d[key()] -= 2
print(d["a"], calls)
