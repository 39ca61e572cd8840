rows = [("Sword", 150, 3.5), ("Potion of Healing", 25, 0.5), ("Arrow", 1, 0.1)]
print("{:<20}|{:>6}|{:>7}".format("Item", "Price", "Weight"))
print("-" * 35)
for name, price, weight in rows:
    print("{:<20}|{:>6d}|{:>7.2f}".format(name, price, weight))
print("{:=^35}".format(" END "))
print("{0:>{1}}".format("right", 10) + "|", "{:.{}f}".format(3.14159, 3))
print("{:,.2f} {:>+8.1f} {:<08d}|".format(1234567.891, -2.25, 42))
print("{:b} {:o} {:X} {:#X} {:c}".format(10, 10, 255, 255, 97))
