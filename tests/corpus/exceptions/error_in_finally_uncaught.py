def f():
    try:
        raise ValueError("original")
    finally:
        print("finally runs")
        raise TypeError("from finally")
f()
