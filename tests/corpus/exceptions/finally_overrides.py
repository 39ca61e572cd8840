def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed it"
print(swallow_in_finally())
def break_in_finally():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(4):
        try:
            out.append(i)
            if i % 2:
                raise RuntimeError
        finally:
            continue
    return out
print(continue_in_finally())
def side_effect_order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(side_effect_order())
