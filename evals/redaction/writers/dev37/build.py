#!/usr/bin/env python3
"""Build handwritten_dev37.jsonl from the hand-written files in hand/ and the templates in templates.py.

Run with /work/main/.venv/bin/python build.py  (needs faker). Deterministic (seeded).
"""
import glob
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402  value generators (Faker-based)
import templates  # noqa: E402
from checks import check_message  # noqa: E402

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
MARK = re.compile(r"<<(PH|P|L|E|U|S|M|D|A)(i?)\|(.*?)>>", re.S)
KEEP = re.compile(r"\{\{(.*?)\}\}")

HAND_FILES = ["family.txt", "clinician.txt", "general.txt", "more.txt", "intl.txt"]
N_TEMPLATE = int(os.environ.get("N_TEMPLATE", "252"))


def parse_hand(path):
    out = []
    cur = None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("#!"):
            continue
        if line.startswith("## "):
            if cur:
                out.append(cur)
            cur = {"style": line[3:].strip(), "lines": []}
        elif cur is not None:
            cur["lines"].append(line)
    if cur:
        out.append(cur)
    msgs = []
    for m in out:
        raw = "\n".join(m["lines"]).strip("\n")
        ids, keep = [], []

        def rep_id(mo):
            ids.append({"text": mo.group(3), "type": TYPES[mo.group(1)],
                        "region": "INTL" if mo.group(2) else "US"})
            return mo.group(3)

        text = MARK.sub(rep_id, raw)

        def rep_keep(mo):
            keep.append(mo.group(1))
            return mo.group(1)

        text = KEEP.sub(rep_keep, text)
        msgs.append({"style": m["style"], "text": text, "identifiers": dedupe_ids(ids),
                     "keep": list(dict.fromkeys(keep)), "source": "hand",
                     "_file": os.path.basename(path)})
    return msgs


def dedupe_ids(ids):
    seen, out = set(), []
    for i in ids:
        if i["text"] in seen:
            continue
        seen.add(i["text"])
        out.append(i)
    return out


def main():
    rng = random.Random(37)
    hand = []
    for fn in HAND_FILES:
        hand.extend(parse_hand(os.path.join(HERE, "hand", fn)))
    bad = 0
    for m in hand:
        errs = check_message(m)
        if errs:
            bad += 1
            print("HAND ERROR", m["_file"], repr(m["text"][:60]), errs)
    if bad:
        sys.exit("fix hand-written messages first")

    tmpl_msgs = []
    plan = templates.plan(N_TEMPLATE, rng)
    for tpl in plan:
        for attempt in range(50):
            m = templates.render(tpl, rng)
            if not check_message(m):
                break
        else:
            sys.exit("could not render template: %r" % (tpl,))
        m["source"] = "template"
        tmpl_msgs.append(m)

    allm = hand + tmpl_msgs
    rng.shuffle(allm)
    path = os.path.join(HERE, "handwritten_dev37.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, m in enumerate(allm):
            rec = {"id": "hd37-%03d" % i, "style": m["style"], "text": m["text"],
                   "identifiers": m["identifiers"], "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", path, len(allm), "messages (hand %d, template %d)" % (len(hand), len(tmpl_msgs)))


if __name__ == "__main__":
    main()
