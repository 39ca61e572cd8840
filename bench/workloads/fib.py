# Recursive Fibonacci: function call overhead, small-int arithmetic, comparisons.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 35
result = fib(N)
print(f"fib({N}) = {result}")
