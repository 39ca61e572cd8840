# List building, append, indexing (get/set), slicing, comprehensions,
# len/sum/min/max, extend, pop, insert-at-end, reverse and membership.

ROUNDS = 1700
SIZE = 2000

checksum = 0
for r in range(ROUNDS):
    items = []
    for i in range(SIZE):
        items.append((i * 7 + r) % 1000)
    # indexed read-modify-write
    for i in range(1, SIZE):
        items[i] = (items[i] + items[i - 1]) % 10007
    # slicing
    head = items[:100]
    tail = items[-100:]
    middle = items[SIZE // 4 : SIZE // 2 : 3]
    rev = items[::-1]
    checksum += sum(head) - sum(tail) + len(middle) + rev[0] - rev[-1]
    # comprehension + filtering
    evens = [x for x in items if x % 2 == 0]
    squares = [x * x for x in evens[:50]]
    checksum += len(evens) + max(squares) - min(squares)
    # stack-like usage
    stack = []
    for x in head:
        stack.append(x)
        if x % 3 == 0:
            stack.pop()
    stack.extend(tail)
    stack.reverse()
    checksum += len(stack) + stack[0]
    # membership on a small list
    probe = head[:20]
    for x in tail:
        if x in probe:
            checksum += 1
    checksum %= 1_000_000_007

print(f"checksum={checksum}")
