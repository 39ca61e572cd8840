# while-loop with manual counter, comparisons and integer arithmetic.

N = 3_300_000
i = 0
x = 1
steps = 0
while i < N:
    x = (x * 1103515245 + 12345) % 2147483648
    if (x >> 16) & 1:
        steps += 3
    else:
        steps += 1
    i += 1
print(f"x={x} steps={steps}")
