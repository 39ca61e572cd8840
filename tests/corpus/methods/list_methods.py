l = [3, 1, 4]
l.append(1)
l.extend([5, 9])
l.extend("ab")
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before last")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(1), l.index(1, 2), l.count(1), l.count(99))
nums = [5, 2, 8, 2, 9, 1]
c = nums.copy()
nums.sort()
print(nums, c)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(nums.sort(), nums.reverse(), nums.clear(), nums)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1].pop(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
