"""Build handwritten_dev67.jsonl: hand-written messages from hand/*.txt plus template messages (dev67).

Run: /work/main/.venv/bin/python build.py
Then: /work/main/.venv/bin/python validate.py > validate_output.txt
"""
import glob
import json
import os
import random

from handparse import parse_file
import templates as T

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev67.jsonl")
TOTAL = 448


def main():
    hand = []
    for f in sorted(glob.glob(os.path.join(HERE, "hand", "*.txt"))):
        hand.extend(parse_file(f))
    n_tpl = TOTAL - len(hand)
    tot_w = sum(T.TEMPLATES.values())
    counts = {fn: int(w * n_tpl / tot_w) for fn, w in T.TEMPLATES.items()}
    order = sorted(T.TEMPLATES, key=lambda fn: -(T.TEMPLATES[fn] * n_tpl / tot_w - counts[fn]))
    k = 0
    while sum(counts.values()) < n_tpl:
        counts[order[k % len(order)]] += 1
        k += 1
    texts = {r["text"] for r in hand}
    tpl, fails = [], {}
    for fn, c in counts.items():
        for _ in range(c):
            for attempt in range(200):
                try:
                    rec = fn()
                except T.Reject as e:
                    fails[fn.__name__] = fails.get(fn.__name__, 0) + 1
                    continue
                if rec["text"] in texts:
                    continue
                texts.add(rec["text"])
                tpl.append(rec)
                break
            else:
                raise RuntimeError("template %s kept failing" % fn.__name__)
    recs = hand + tpl
    random.Random(67).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs):
            row = {"id": "hd67-%03d" % i, "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("hand %d, template %d, total %d" % (len(hand), len(tpl), len(recs)))
    print("template rejects (retried):", fails)


if __name__ == "__main__":
    main()
