x = 5
x.label = "five"
