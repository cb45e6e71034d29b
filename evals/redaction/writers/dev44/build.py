"""Build handwritten_dev44.jsonl: hand-written blocks from hand/*.txt plus template messages (templates.py).

Run: /work/main/.venv/bin/python build.py   (deterministic: fixed seeds)
"""
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from markup import segments, assemble  # noqa: E402
from validate import check_record  # noqa: E402
import templates  # noqa: E402

N_TOTAL = 430
OUT = os.path.join(HERE, "handwritten_dev44.jsonl")
CASE = {"lower_case": str.lower, "all_caps": str.upper}


def hand_records():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "hand", "hand_*.txt"))):
        with open(path, encoding="utf-8") as fh:
            blocks = fh.read().split("\n---\n")
        for b in blocks:
            lines = b.strip("\n").split("\n")
            head = lines[0].split()
            assert head[0] == "#" and len(head) == 3, (path, lines[0])
            style, region = head[1], head[2]
            text, ids, keep = assemble(segments("\n".join(lines[1:]).strip(), region))
            recs.append({"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "hand",
                         "_from": os.path.basename(path)})
    return recs


def template_record(fn):
    for _ in range(50):
        style, marked = fn()
        text, ids, keep = assemble(segments(marked, "US"), CASE.get(style))
        rec = {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "template"}
        errs, warns = check_record(dict(rec, id="x"))
        if not errs and not warns:
            return rec
    raise RuntimeError("template keeps failing: %s %s" % (fn.__name__, errs + warns))


def main():
    hand = hand_records()
    bad = 0
    for r in hand:
        errs, warns = check_record({k: v for k, v in r.items() if k != "_from"} | {"id": "x"})
        for e in errs + warns:
            print("HAND", r["_from"], e, "|", r["text"][:70].replace("\n", " / "))
            bad += 1
    if bad:
        sys.exit(1)
    n_tmpl = N_TOTAL - len(hand)
    order = []
    rnd = random.Random(44)
    while len(order) < n_tmpl:
        batch = list(templates.TEMPLATES)
        rnd.shuffle(batch)
        order += batch
    tmpl = [template_record(fn) for fn in order[:n_tmpl]]
    allrecs = [{k: v for k, v in r.items() if k != "_from"} for r in hand] + tmpl
    rnd.shuffle(allrecs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, r in enumerate(allrecs):
            rec = {"id": "hd44-%03d" % n, "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d hand, %d template) to %s" % (len(allrecs), len(hand), len(tmpl), OUT))


if __name__ == "__main__":
    main()
