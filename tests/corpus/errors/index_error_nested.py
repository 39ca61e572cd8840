grid = [[1, 2], [3, 4]]
print(grid[1][1])
for row in range(3):
    print(grid[row][0])
