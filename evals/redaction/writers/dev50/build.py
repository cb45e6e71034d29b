"""Build handwritten_dev50.jsonl: hand-written messages from hand/*.txt plus template messages (Faker, fixed seed).

Run:  /work/main/.venv/bin/python build.py
"""
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from checks import message_errors  # noqa: E402
from markup import parse_dir, parse_message  # noqa: E402
from templates import CASE_STYLES, STYLE_TEMPLATES  # noqa: E402
from values import Values  # noqa: E402

SEED = 5050
OUT = HERE / "handwritten_dev50.jsonl"
# how many template messages per style (chosen so every style ends up with >= 25 messages overall)
TEMPLATE_COUNTS = {"lower_case": 17, "all_caps": 19, "speaker_label": 20, "list": 20, "run_on": 20, "signature": 20,
                   "form": 20, "international": 32, "clinician_note": 14, "general_text": 16, "forwarded": 20,
                   "typos": 11}


def apply_case(rec, fn):
    rec["text"] = fn(rec["text"])
    seen, idents = set(), []
    for i in rec["identifiers"]:
        t = fn(i["text"])
        key = (t, i["type"])
        if key in seen:
            continue
        seen.add(key)
        idents.append({"text": t, "type": i["type"], "region": i["region"]})
    rec["identifiers"] = idents
    keep = []
    for k in rec["keep"]:
        k = fn(k)
        if k not in keep:
            keep.append(k)
    rec["keep"] = keep
    if len({i["text"] for i in idents}) != len(idents):
        raise ValueError("same text with two labels after case change")
    return rec


def make_template_messages():
    v = Values(SEED)
    order = random.Random(SEED + 1)
    out, rejected = [], Counter()
    for style, n in TEMPLATE_COUNTS.items():
        pool = list(STYLE_TEMPLATES[style])
        made = 0
        while made < n:
            if made % len(pool) == 0:
                order.shuffle(pool)
            tmpl = pool[made % len(pool)]
            for attempt in range(50):
                try:
                    text, idents, keep = parse_message(tmpl(v))
                    rec = {"style": style, "text": text, "identifiers": idents, "keep": keep, "source": "template",
                           "_file": tmpl.__name__}
                    if style in CASE_STYLES:
                        rec = apply_case(rec, CASE_STYLES[style])
                except ValueError:
                    rejected[tmpl.__name__] += 1
                    continue
                if message_errors(rec) or not rec["identifiers"]:
                    rejected[tmpl.__name__] += 1
                    continue
                break
            else:
                raise RuntimeError(f"template {tmpl.__name__} keeps failing")
            out.append(rec)
            made += 1
    return out, rejected


def main():
    hand = parse_dir(HERE / "hand")
    bad = [(r["_file"], r["text"][:60], e) for r in hand for e in message_errors(r)]
    if bad:
        for b in bad:
            print("HAND ERROR", b)
        sys.exit(1)
    templ, rejected = make_template_messages()
    allm = hand + templ
    random.Random(SEED + 2).shuffle(allm)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(allm):
            rec = {"id": f"hd50-{i:03d}", "style": r["style"], "source": r["source"], "text": r["text"],
                   "identifiers": r["identifiers"], "keep": r["keep"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(allm)} messages ({len(hand)} hand, {len(templ)} template) to {OUT.name}")
    print("template draws rejected by the checks and redrawn:", dict(rejected))


if __name__ == "__main__":
    main()
