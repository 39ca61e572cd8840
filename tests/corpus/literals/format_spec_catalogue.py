# format specs galore
vals = [0, 1, -1, 42, 3.14159, -2.5, 1e10, 1.5e-7, 123456789, 0.1, 2**70, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(f"{v!r:>25}|{v:<12}|{v:^12}|")
for v in [3.14159, -2.5, 1e10, 1.5e-7, 0.0, -0.0, 100.0, 123456.789]:
    print(f"{v:.2f} {v:10.3e} {v:g} {v:.3g} {v:+.1f} {v:%} {v:.1%} {v:,.2f} {v:_.3f} {v:e} {v:G}")
for n in [0, 5, -5, 255, 1000000, -1234567, 2**40]:
    print(f"{n:d} {n:5d} {n:05d} {n:+d} {n: d} {n:x} {n:X} {n:#x} {n:o} {n:#o} {n:b} {n:#b} {n:,} {n:_} {n:_x} {n:>+10,}")
print(f"{'abc':*^11}|{'abc':>5}|{'abc':<5}|{'abc':.2}|{'abc':=^9.1}")
print(f"{12:=+8}|{-12:=8}|{12:08.2f}|{-3.5:010.3f}")
print(f"{'x'!r} {'y'!s} {'é'!a}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'hi':{'>'}{w}}")
print(f"{{literal}} {1+2=} {w=:>5}")
print("%5d|%-5d|%05d|%x|%X|%o|%e|%g|%10.4f|%s|%r|%%|%c|%c" % (42, 42, 42, 255, 255, 8, 12345.678, 0.00001234, 3.14159, 'str', 'str', 65, 'z'))
print("%(name)s is %(age)d years" % {"name": "Bob", "age": 30})
print("%+d %+d % d" % (5, -5, 5))
print("%.3s|%10s|%-10s|" % ("abcdef", "right", "left"))
print("{} {} {}".format(1, 2, 3), "{0}{1}{0}".format('a', 'b'), "{x}-{y}".format(x=1, y=2))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{0[0]} {0[1]} {1.real}".format([7, 8], 5))
print("{:,.2f}".format(1234567.891), "{:.0f}".format(2.5), "{:.0f}".format(3.5))
print(format(1234.5, ",.1f"), format(0.000123, ".2e"), format(255, "08b"))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1234, -2), round(1250, -2))
print(repr(0.1+0.2), 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e22, 1e21)
print(str(1.0), str(-0.0), 5e-324, 1.7976931348623157e308, float('1e400'))
print(int('  42 '), int('-0x1f', 16), int('0b101', 0), int('z', 36), float(' 3.5 '), float('-inf'))
print(7 // -2, -7 // 2, 7 % -3, -7 % 3, -7.5 // 2, -7.5 % 2, divmod(-17, 5), divmod(17.5, -4))
print(2**100, -(2**100) // 3, (2**100) % 7, 10**30 // 10**15, pow(3, 200, 1000007))
print(hex(-255), oct(-8), bin(-5), abs(-2**65))
print(int(3.9), int(-3.9), int(1e20), float(2**60))
print(f"{2**64:,}", f"{-2**70:x}", f"{10**25:e}")
