"""Build handwritten_dev53.jsonl: the hand-written messages parsed from hand/*.txt, plus template messages
(templates.py, values from gen_values.py: Faker with fixed seed 5353), PLAN[style] of each style.
Run: /work/main/.venv/bin/python build.py  (then validate.py)
"""
import glob
import json
import os

import handparse
import validate
from gen_values import R
from templates import TEMPLATES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev53.jsonl")

# how many template messages per style (the hand part already covers every style)
PLAN = {"clinician_note": 19, "international": 33, "general_text": 16, "lower_case": 16, "speaker_label": 22,
        "all_caps": 15, "form": 20, "list": 20, "typos": 12, "signature": 16, "run_on": 18, "forwarded": 14, "voicemail": 10}



def covered(rec, spans):
    """Every occurrence of an identifier text must be one of the inserted spans (or inside one)."""
    text = rec["text"]
    for e in rec["identifiers"]:
        for a, b in validate.occurrences(text, e["text"]):
            if not any(x <= a and b <= y for x, y in spans):
                return False
    # no leftover braces from a mistyped slot
    return "{" not in text and "}" not in text


# ---------------------------------------------------------------- build
def make_template_records():
    recs = []
    for style, n in PLAN.items():
        fns = list(TEMPLATES[style])
        R.shuffle(fns)  # round-robin over this style's templates, in a seeded order
        made = 0
        tries = 0
        while made < n:
            tries += 1
            if tries > n * 50:
                raise RuntimeError(f"cannot fill {style}")
            fn = fns[made % len(fns)]
            b = fn()
            rec, spans = b.record(style)
            if not rec["identifiers"] or rec["text"] != rec["text"].strip():
                continue
            full_rec = dict(id="x", **rec)
            if validate.check_record(full_rec) or not covered(rec, spans):
                continue
            recs.append(rec)
            made += 1
    return recs


def main():
    hand = []
    for f in sorted(glob.glob(os.path.join(HERE, "hand", "*.txt"))):
        hand.extend(handparse.parse_file(f))
    tmpl = make_template_records()
    # interleave so a reader sees a mix; deterministic
    allrecs = hand + tmpl
    order = list(range(len(allrecs)))
    R.shuffle(order)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, k in enumerate(order):
            r = allrecs[k]
            out = {"id": f"hd53-{i:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"], "keep": r["keep"], "source": r["source"]}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(allrecs)} messages ({len(hand)} hand, {len(tmpl)} template) to {OUT}")


if __name__ == "__main__":
    main()
