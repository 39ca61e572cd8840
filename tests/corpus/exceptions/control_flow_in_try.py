def loop_try():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_try())
def while_try():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("finally n =", n)
print(while_try())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def except_continue():
    res = []
    for s in ["1", "x", "3", "y"]:
        try:
            res.append(int(s))
        except ValueError:
            res.append(None)
            continue
        finally:
            res.append("|")
    return res
print(except_continue())
