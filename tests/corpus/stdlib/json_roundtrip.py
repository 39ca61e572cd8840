# json.dumps (indent, separators, sort_keys, ensure_ascii, default) and json.loads with errors
import json
save = {"player": {"name": "Hero", "hp": 87, "pos": [3, -4.5], "alive": True, "pet": None}, "flags": ["a", "b"], "gold": 12.0, "é": "ünï", 5: "five"}
s = json.dumps(save)
print(s)
print(json.dumps(save, indent=2, sort_keys=False))
print(json.dumps([1, 2, {"x": []}], separators=(",", ":")), json.dumps("tab\t\"q\"\n"), json.dumps(1e100), json.dumps([]), json.dumps({}))
back = json.loads(s)
print(back, back["player"]["pos"], type(back["gold"]).__name__)
print(json.loads('  {"a": [1, 2.5, -3e2, "x\\u00e9\\n"], "b": {"c": null, "d": false}}  '))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=4), json.dumps((1, 2)), json.dumps("😀"), json.dumps("😀", ensure_ascii=False))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"abc', '[1] x', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(set([1]), default=list))
