import heapq
from collections import deque
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')): continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
g = {'A': [('B', 1), ('C', 4)], 'B': [('C', 2), ('D', 5)], 'C': [('D', 1)], 'D': []}
print(dijkstra(g, 'A'))
def bfs(grid, start, goal):
    R, C = len(grid), len(grid[0])
    q = deque([(start, 0)]); seen = {start}
    while q:
        (r, c), d = q.popleft()
        if (r, c) == goal: return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != '#' and (nr, nc) not in seen:
                seen.add((nr, nc)); q.append(((nr, nc), d + 1))
    return -1
grid = ["..#....", ".##.##.", "....#..", "#.#...#", "......."]
print(bfs(grid, (0, 0), (4, 6)))
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i-1][j-1] + 1 if a[i-1] == b[j-1] else max(dp[i-1][j], dp[i][j-1])
    i, j, out = len(a), len(b), []
    while i and j:
        if a[i-1] == b[j-1]: out.append(a[i-1]); i -= 1; j -= 1
        elif dp[i-1][j] >= dp[i][j-1]: i -= 1
        else: j -= 1
    return ''.join(reversed(out))
print(lcs("AGGTAB", "GXTXAYB"))
def sieve(n):
    is_p = [True] * (n + 1); is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]: is_p[i*i::i] = [False] * len(is_p[i*i::i])
    return [i for i, p in enumerate(is_p) if p]
print(sieve(100))
def knapsack(items, cap):
    dp = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[cap]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
def quicksort(a):
    if len(a) <= 1: return a
    pivot, *rest = a
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
def merge_sort(a):
    if len(a) < 2: return a[:]
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]: out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
data = [38, 27, 43, 3, 9, 82, 10, 3]
print(quicksort(data), merge_sort(data))
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(30), len(str(fact(100))), sum(int(d) for d in str(2 ** 1000)))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz))
def gcd(a, b):
    while b: a, b = b, a % b
    return a
print(gcd(1071, 462), 2**127 - 1, (2**127 - 1) % 1000000007)
def matmul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]
def matpow(M, n):
    R = [[int(i == j) for j in range(len(M))] for i in range(len(M))]
    while n:
        if n & 1: R = matmul(R, M)
        M = matmul(M, M); n >>= 1
    return R
print(matpow([[1, 1], [1, 0]], 90)[0][1])
def tokenize(expr):
    tokens, i = [], 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace(): i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == '.'): j += 1
            tokens.append(float(expr[i:j]) if '.' in expr[i:j] else int(expr[i:j])); i = j
        elif ch in '+-*/()': tokens.append(ch); i += 1
        else: raise SyntaxError(f"bad char {ch!r}")
    return tokens
def parse(tokens):
    pos = 0
    def peek(): return tokens[pos] if pos < len(tokens) else None
    def eat():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        v = term()
        while peek() in ('+', '-'):
            v = v + term() if eat() == '+' else v - term()
        return v
    def term():
        v = factor()
        while peek() in ('*', '/'):
            v = v * factor() if eat() == '*' else v / factor()
        return v
    def factor():
        t = eat()
        if t == '(':
            v = expr(); eat(); return v
        if t == '-': return -factor()
        return t
    return expr()
for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2.5 * 4) + 1", "2 * (3 + (4 - 1)) / 3"]:
    print(e, "=", parse(tokenize(e)))
try:
    tokenize("2 $ 3")
except SyntaxError as ex:
    print("SyntaxError:", ex)
def permutations(s):
    if len(s) <= 1: return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i+1:])]
print(permutations("abc"))
def nqueens(n):
    cols, d1, d2 = set(), set(), set()
    count = 0
    def place(r):
        nonlocal count
        if r == n: count += 1; return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2: continue
            cols.add(c); d1.add(r - c); d2.add(r + c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c)
    place(0)
    return count
print([nqueens(i) for i in range(1, 8)])
print(heapq.nlargest(3, data), heapq.nsmallest(2, data, key=lambda x: -x))
print(bin(0b1011 ^ 0b0110), 1 << 100, (1 << 100) >> 98, ~5, -5 & 0xff, 5 | 8)
