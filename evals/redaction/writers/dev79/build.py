"""Build /work/drafts/writers/dev79/handwritten_dev79.jsonl from the hand-written files and the templates.

Hand-written: hand_01.txt ... hand_07.txt (one message a line, written one at a time) -> source "hand".
Templates: templates.py (EMPHASIS and SPREAD shapes, seeded Faker) -> source "template".
Each filled template is parsed and checked (markup.parse + markup.warnings); a failing fill is redrawn.
"""
import os, sys
if os.environ.get("PYTHONHASHSEED") != "0":  # some Faker providers pick from sets; fix hashing so the build repeats exactly
    os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})
import glob, json, random, collections
import templates as T
from markup import parse, warnings

N_EMPH, N_SPREAD = 70, 138
OUT = "handwritten_dev79.jsonl"

msgs = []
for f in sorted(glob.glob("hand_*.txt")):
    for ln, line in enumerate(open(f, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        style, reg, raw = [x.strip() for x in line.split(" | ", 2)]
        text, ids, keeps, probs = parse(raw, reg)
        assert not probs, (f, ln, probs)
        msgs.append({"style": style, "text": text, "identifiers": ids, "keep": keeps, "source": "hand"})

rng = random.Random(4242)
rejected = collections.Counter()


def fill(fn):
    for _ in range(200):
        style, reg, raw = fn()
        text, ids, keeps, probs = parse(raw, reg)
        if probs or warnings(text, ids, keeps) or not keeps:
            rejected[fn.__name__] += 1
            continue
        return {"style": style, "text": text, "identifiers": ids, "keep": keeps, "source": "template"}
    raise RuntimeError(fn.__name__)


tmpl = []
for i in range(N_EMPH):
    tmpl.append(fill(T.EMPHASIS[i % len(T.EMPHASIS)]))
for i in range(N_SPREAD):
    tmpl.append(fill(T.SPREAD[i % len(T.SPREAD)]))
msgs += tmpl
rng.shuffle(msgs)
with open(OUT, "w", encoding="utf-8") as out:
    for k, m in enumerate(msgs):
        row = {"id": f"hd79-{k:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
               "keep": m["keep"], "source": m["source"]}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(msgs), "messages written;", "rejected fills:", dict(rejected))
