import operator
from functools import reduce
from operator import itemgetter, attrgetter, methodcaller
print(reduce(operator.mul, range(1, 8)), reduce(operator.add, ["a", "b", "c"]), operator.sub(10, 3), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-3), operator.abs(-2.5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 8), operator.rshift(256, 4))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.gt(3, 1), operator.ge(1, 3))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2))
print(operator.getitem({"k": 9}, "k"), operator.concat([1], [2]), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
d = {}
operator.setitem(d, "x", 1); operator.setitem(d, "y", 2); operator.delitem(d, "x"); print(d)
print(operator.iadd([1], [2]), operator.imul("ab", 2), operator.index(7), operator.length_hint([1, 2, 3]))
rows = [("carol", 35, "SF"), ("alice", 30, "NYC"), ("bob", 30, "LA")]
print(sorted(rows, key=itemgetter(1, 0)), list(map(itemgetter(0), rows)), itemgetter(slice(0, 2))("hello"))
class P:
    def __init__(self, name, pos): self.name, self.pos = name, pos
    def greet(self, greeting, punct="!"): return f"{greeting}, {self.name}{punct}"
class Pos:
    def __init__(self, x, y): self.x, self.y = x, y
ps = [P("zed", Pos(3, 1)), P("amy", Pos(1, 2)), P("bo", Pos(2, 0))]
print([p.name for p in sorted(ps, key=attrgetter("pos.y"))], attrgetter("name", "pos.x")(ps[0]))
print([methodcaller("greet", "hi")(p) for p in ps], methodcaller("greet", "yo", punct="?")(ps[1]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), itemgetter(-1)([1, 2, 3]))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), sum(map(operator.itemgetter(1), rows)))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok) if "." in tok else int(tok))
    return st[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2.5 2 /"))
print(repr(itemgetter(1)), repr(attrgetter("a", "b")), repr(methodcaller("f", 1, k=2)))
