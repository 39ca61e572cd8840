log = "INFO:start;WARN:low hp;INFO:heal;ERROR:crash;INFO:end"
entries = [e.partition(":") for e in log.split(";")]
print(entries)
levels = {}
for level, _, msg in entries:
    levels.setdefault(level, []).append(msg)
print(levels)
print(log.count("INFO"), log.find("ERROR"), log.rfind("INFO"), log[log.find("ERROR"):].split(";")[0])
key, sep, value = "path=/a/b=c".partition("=")
print(key, sep, value, "path=/a/b=c".rpartition("="))
print("a.b.c".split(".", 1), "a.b.c".rsplit(".", 1), "a..b".split("."))
