# exit() / SystemExit: caught (code attribute), then uncaught with an int status (no traceback)
try:
    exit(4)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("caught", repr(e.code))
print("leaving with status 3")
raise SystemExit(3)
