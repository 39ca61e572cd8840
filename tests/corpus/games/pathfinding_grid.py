GRID = [
    "S...#.....",
    ".##.#.###.",
    ".#..#...#.",
    ".#.###.#..",
    ".#.....#.#",
    ".####.##..",
    "......#..G",
]

def parse(grid):
    walls = set()
    start = goal = None
    for y, row in enumerate(grid):
        for x, ch in enumerate(row):
            if ch == "#":
                walls.add((x, y))
            elif ch == "S":
                start = (x, y)
            elif ch == "G":
                goal = (x, y)
    return walls, start, goal, len(grid[0]), len(grid)

def neighbors(pos, walls, w, h):
    x, y = pos
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < w and 0 <= ny < h and (nx, ny) not in walls:
            yield (nx, ny)

def bfs(start, goal, walls, w, h):
    queue = [start]
    came = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        for n in neighbors(cur, walls, w, h):
            if n not in came:
                came[n] = cur
                queue.append(n)
    if goal not in came:
        return None, len(came)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came[node]
    return path[::-1], len(came)

def astar(start, goal, walls, w, h):
    def hcost(p):
        return abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_list = [(hcost(start), 0, start)]
    g = {start: 0}
    came = {start: None}
    expanded = 0
    while open_list:
        open_list.sort()
        f, cost, cur = open_list.pop(0)
        if cost > g[cur]:
            continue
        expanded += 1
        if cur == goal:
            path = []
            while cur is not None:
                path.append(cur)
                cur = came[cur]
            return path[::-1], expanded
        for n in neighbors(cur, walls, w, h):
            nc = cost + 1
            if nc < g.get(n, 10 ** 9):
                g[n] = nc
                came[n] = cur
                open_list.append((nc + hcost(n), nc, n))
    return None, expanded

walls, start, goal, w, h = parse(GRID)
print("size", w, "x", h, "walls", len(walls), "start", start, "goal", goal)
path, visited = bfs(start, goal, walls, w, h)
print("bfs length", len(path) - 1, "visited", visited)
apath, expanded = astar(start, goal, walls, w, h)
print("astar length", len(apath) - 1, "expanded", expanded)
print("same length:", len(path) == len(apath))
canvas = [list(row) for row in GRID]
for x, y in path[1:-1]:
    canvas[y][x] = "*"
print("\n".join("".join(r) for r in canvas))
walls.add((9, 5))
walls.add((8, 6))
blocked, seen = bfs(start, goal, walls, w, h)
print("blocked path:", blocked, "reachable cells:", seen)
print("astar blocked:", astar(start, goal, walls, w, h)[0])
