handlers = {"start": None}
handler = handlers["start"]
handler()
