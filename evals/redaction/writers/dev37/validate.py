#!/usr/bin/env python3
"""Validate handwritten_dev37.jsonl and print counts. Exit code 1 on any error.

Checks: exact key set, id format and order, identifier/keep substrings, word boundaries, keep/identifier
overlap (every occurrence), identifier overlap, type/region values, and the brief's count targets.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from checks import TYPES, check_message  # noqa: E402

PATH = os.path.join(HERE, "handwritten_dev37.jsonl")
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
STYLES_REQUIRED = ["lower_case", "all_caps", "speaker_label", "list", "run_on", "signature", "form",
                   "international", "clinician_note", "general_text", "forwarded", "typos"]


def main():
    errors = []
    recs = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                errors.append("line %d: bad json %s" % (ln, e))
    by_type, by_region, by_style, by_src = Counter(), Counter(), Counter(), Counter()
    type_region = Counter()
    ids_hand = 0
    clinical_keep = 0
    for n, r in enumerate(recs):
        if set(r) != KEYS:
            errors.append("%s: keys %s" % (r.get("id"), sorted(r)))
            continue
        if r["id"] != "hd37-%03d" % n:
            errors.append("id out of sequence at line %d: %s" % (n + 1, r["id"]))
        if r["source"] not in ("hand", "template"):
            errors.append("%s: bad source" % r["id"])
        if not isinstance(r["style"], str) or not r["style"] or " " in r["style"]:
            errors.append("%s: bad style" % r["id"])
        for i in r["identifiers"]:
            if set(i) != {"text", "type", "region"}:
                errors.append("%s: identifier keys %s" % (r["id"], sorted(i)))
        for e in check_message(r):
            errors.append("%s: %s" % (r["id"], e))
        by_style[r["style"]] += 1
        by_src[r["source"]] += 1
        if r["keep"]:
            clinical_keep += 1
        for i in r["identifiers"]:
            by_type[i["type"]] += 1
            by_region[i["region"]] += 1
            type_region[(i["type"], i["region"])] += 1
            if r["source"] == "hand":
                ids_hand += 1
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    total_ids = sum(by_type.values())
    n = len(recs)
    # targets from the brief
    if not 400 <= n <= 450:
        errors.append("message count %d not in 400-450" % n)
    if total_ids < 1300:
        errors.append("identifiers %d < 1300" % total_ids)
    if by_region["US"] < 800:
        errors.append("US identifiers %d < 800" % by_region["US"])
    if by_src["hand"] < 0.40 * n:
        errors.append("hand share %.1f%% < 40%%" % (100.0 * by_src["hand"] / n))
    for t in sorted(TYPES):
        if by_type[t] < 25:
            errors.append("type %s only %d (< 25)" % (t, by_type[t]))
    for s in STYLES_REQUIRED:
        if by_style[s] < 20:
            errors.append("style %s only %d (< 20)" % (s, by_style[s]))

    print("messages: %d  (hand %d = %.1f%%, template %d)" % (n, by_src["hand"], 100.0 * by_src["hand"] / max(n, 1),
                                                           by_src["template"]))
    print("identifiers: %d  (in hand-written messages %d)" % (total_ids, ids_hand))
    print("by region:", dict(by_region))
    print("by type:")
    for t in sorted(TYPES):
        print("  %-22s %4d   US %4d  INTL %4d" % (t, by_type[t], type_region[(t, "US")], type_region[(t, "INTL")]))
    print("by style:")
    for s, c in by_style.most_common():
        print("  %-16s %4d" % (s, c))
    print("messages with keep words: %d" % clinical_keep)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
