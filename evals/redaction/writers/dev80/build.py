"""Build handwritten_dev80.jsonl from hand/*.txt (source "hand") and templates.py (source "template")."""
import glob, json, random, sys
from markup import read_hand
import templates

hand = []
for p in sorted(glob.glob("hand/*.txt")):
    hand += read_hand(p)
tpl = templates.generate(seed=8080, verbose="-v" in sys.argv)
rows = hand + tpl
random.Random(80).shuffle(rows)
with open("handwritten_dev80.jsonl", "w", encoding="utf-8") as f:
    for i, r in enumerate(rows):
        out = {"id": "hd80-%03d" % i, "style": r["style"], "text": r["text"],
               "identifiers": r["identifiers"], "keep": r["keep"], "source": r["source"]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
with open("build_map.txt", "w", encoding="utf-8") as f:
    for i, r in enumerate(rows):
        f.write("hd80-%03d\t%s\n" % (i, r.get("_where", "template")))
print("hand", len(hand), "template", len(tpl), "total", len(rows))
