def get_stat(entity, stat):
    return entity["stats"][stat]
def describe(entity):
    return f"{entity['name']}: str {get_stat(entity, 'str')} dex {get_stat(entity, 'dex')}"
hero = {"name": "hero", "stats": {"str": 5}}
print(get_stat(hero, "str"))
print(describe(hero))
