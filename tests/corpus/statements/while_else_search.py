def find_first_multiple(nums, k):
    i = 0
    while i < len(nums):
        if nums[i] % k == 0:
            print("found", nums[i], "at", i)
            break
        i += 1
    else:
        print("no multiple of", k)
        return None
    return i
print(find_first_multiple([3, 5, 10, 12], 5))
print(find_first_multiple([3, 5, 10, 12], 7))
def countdown(n):
    while n > 0:
        n -= 1
        if n == 2:
            continue
        yield n
    else:
        yield "liftoff"
print(list(countdown(5)))
