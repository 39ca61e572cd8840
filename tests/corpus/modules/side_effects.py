# cloaca: module
loaded = []
loaded.append("side_effects module body ran")
VALUE = 7 * 6
