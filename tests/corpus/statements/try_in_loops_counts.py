attempts = 0
results = []
for value in ["10", "0", "x", "5", None]:
    attempts += 1
    try:
        results.append(100 // int(value))
    except ZeroDivisionError:
        results.append("div0")
    except ValueError:
        results.append("bad")
    except TypeError:
        results.append("type")
        break
    else:
        results.append("ok")
    finally:
        results.append(attempts)
print(results)
n = 0
while True:
    try:
        n += 1
        if n == 3:
            raise StopIteration("done")
    except StopIteration as e:
        print("stopping:", e, n)
        break
