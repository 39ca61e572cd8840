def attempt(label, fn):
    try:
        print(label, fn())
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)

attempt("int /", lambda: 1 / 0)
attempt("int //", lambda: 1 // 0)
attempt("int %", lambda: 1 % 0)
attempt("float /", lambda: 1.0 / 0)
attempt("float //", lambda: 1.0 // 0.0)
attempt("float %", lambda: 1.0 % 0.0)
attempt("divmod", lambda: divmod(5, 0))
attempt("big", lambda: 2 ** 100 // 0)
attempt("zero pow neg", lambda: 0 ** -1)
attempt("zero float pow neg", lambda: 0.0 ** -1)
attempt("ok", lambda: 0 / 1)
try:
    x = 5
    x //= 0
except ArithmeticError as e:
    print("caught via ArithmeticError:", e)
