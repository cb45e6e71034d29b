"""Print the markdown count tables used in README.md (python readme_tables.py)."""
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import NAME_WORD_RE, name_word_uses, place_uses  # noqa: E402
from words import NAME_WORDS, PLACE_NAMES  # noqa: E402

recs = [json.loads(l) for l in open(os.path.join(HERE, "handwritten_neg1.jsonl"), encoding="utf-8")]


def other(r):
    return any(i["type"] != "PERSON" or not NAME_WORD_RE.search(i["text"]) for i in r["identifiers"])


def md(title, rows, head):
    print(f"\n**{title}**\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for row in rows:
        print("| " + " | ".join(str(x) for x in row) + " |")


by_src = defaultdict(Counter)
per_word = defaultdict(lambda: defaultdict(Counter))
for r in recs:
    s = r["source"]
    uses = name_word_uses(r["text"], r["identifiers"])
    kinds = {k for _, k in uses}
    by_src[s]["messages"] += 1
    by_src[s]["name use"] += "name" in kinds
    by_src[s]["only ordinary use"] += "name" not in kinds
    by_src[s]["name + ordinary in one message"] += "name" in kinds and "word" in kinds
    by_src[s]["other identifiers"] += other(r)
    by_src[s]["identifiers"] += len(r["identifiers"])
    by_src[s]["keep entries"] += len(r["keep"])
    for w, k in uses:
        per_word[w][s][k] += 1
rows = []
for key in ["messages", "name use", "only ordinary use", "name + ordinary in one message",
            "other identifiers", "identifiers", "keep entries"]:
    h, t = by_src["hand"][key], by_src["template"][key]
    rows.append([key, h, t, h + t])
md("Messages by source", rows, ["", "hand", "template", "total"])

types = defaultdict(Counter)
styles = defaultdict(Counter)
for r in recs:
    styles[r["style"]][r["source"]] += 1
    for i in r["identifiers"]:
        types[(i["type"], i["region"])][r["source"]] += 1
md("Identifiers by type and region", [[t, g, c["hand"], c["template"], c["hand"] + c["template"]]
                                     for (t, g), c in sorted(types.items())],
   ["type", "region", "hand", "template", "total"])
md("Messages by style", [[s, c["hand"], c["template"], c["hand"] + c["template"]]
                         for s, c in sorted(styles.items(), key=lambda kv: -sum(kv[1].values()))],
   ["style", "hand", "template", "total"])

rows = []
for w in sorted(NAME_WORDS):
    h, t = per_word[w]["hand"], per_word[w]["template"]
    rows.append([w, NAME_WORDS[w], h["name"] + t["name"], h["word"] + t["word"],
                 f"{h['name']}/{h['word']}", f"{t['name']}/{t['word']}"])
md(f"The {len(NAME_WORDS)} name-words (class G = given name, S = surname, B = both): "
   "occurrences as a name (PERSON) and as an ordinary word", rows,
   ["word", "class", "as name", "as word", "hand name/word", "template name/word"])

pc = defaultdict(Counter)
for r in recs:
    for w, k in place_uses(r["text"], r["identifiers"]):
        pc[w][k] += 1
md("Place-names that are also given names (not counted in the list above)",
   [[w, pc[w]["name"], pc[w]["place"]] for w in PLACE_NAMES], ["word", "as PERSON", "as LOCATION"])
