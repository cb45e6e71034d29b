"""Validate /work/drafts/dev32/handwritten_dev32.jsonl and print counts. Exit status 1 on any problem."""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ALL_TYPES, check_message  # noqa: E402

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten_dev32.jsonl")
KEYS = ["id", "style", "text", "identifiers", "keep", "source"]


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return None
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    errors = []
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    by_type, by_region, by_style, by_source = (collections.Counter() for _ in range(4))
    by_type_region = collections.Counter()
    ids_by_source = collections.Counter()
    keep_total = 0
    msgs_with_keep = 0
    iban_valid = iban_bad = 0
    for n, r in enumerate(rows):
        if list(r.keys()) != KEYS:
            errors.append(f"line {n + 1}: keys {list(r.keys())}")
        if r.get("id") != f"hd32-{n:03d}":
            errors.append(f"line {n + 1}: id {r.get('id')!r} expected hd32-{n:03d}")
        if r.get("source") not in ("hand", "template"):
            errors.append(f"{r.get('id')}: bad source")
        if not isinstance(r.get("style"), str) or not re.fullmatch(r"[a-z][a-z_]*", r["style"]):
            errors.append(f"{r.get('id')}: bad style {r.get('style')!r}")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            errors.append(f"{r.get('id')}: empty text")
        for d in r["identifiers"]:
            if set(d) != {"text", "type", "region"}:
                errors.append(f"{r['id']}: identifier keys {sorted(d)}")
            if d["type"] not in ALL_TYPES:
                errors.append(f"{r['id']}: bad type {d['type']}")
            if d["region"] not in ("US", "INTL"):
                errors.append(f"{r['id']}: bad region {d['region']}")
            by_type[d["type"]] += 1
            by_region[d["region"]] += 1
            by_type_region[(d["type"], d["region"])] += 1
            ids_by_source[r["source"]] += 1
            if d["type"] == "ACCOUNT_NUMBER":
                v = iban_ok(d["text"])
                if v is True:
                    iban_valid += 1
                elif v is False:
                    iban_bad += 1
                    errors.append(f"{r['id']}: IBAN checksum fails {d['text']!r}")
        if len({d["text"] for d in r["identifiers"]}) != len(r["identifiers"]):
            errors.append(f"{r['id']}: duplicate identifier text")
        for p in check_message(r):
            errors.append(f"{r['id']}: {p}")
        keep_total += len(r["keep"])
        msgs_with_keep += bool(r["keep"])
        by_style[r["style"]] += 1
        by_source[r["source"]] += 1

    n_ids = sum(by_type.values())
    hand_share = by_source["hand"] / len(rows)
    if not 400 <= len(rows) <= 450:
        errors.append(f"message count {len(rows)} not in 400-450")
    if n_ids < 1300:
        errors.append(f"identifiers {n_ids} < 1300")
    if by_region["US"] < 800:
        errors.append(f"US identifiers {by_region['US']} < 800")
    for t in ALL_TYPES:
        if by_type[t] < 25:
            errors.append(f"type {t} only {by_type[t]} < 25")
    if hand_share < 0.40:
        errors.append(f"hand share {hand_share:.1%} < 40%")

    print(f"messages: {len(rows)}  (hand {by_source['hand']}, template {by_source['template']}, hand share {hand_share:.1%})")
    print(f"identifiers: {n_ids}  (hand {ids_by_source['hand']}, template {ids_by_source['template']})")
    print(f"regions: US {by_region['US']}, INTL {by_region['INTL']}")
    print("by type (total / US / INTL):")
    for t in ALL_TYPES:
        print(f"  {t:22s} {by_type[t]:5d} {by_type_region[(t, 'US')]:5d} {by_type_region[(t, 'INTL')]:5d}")
    print(f"IBANs with valid checksum: {iban_valid}")
    print(f"keep words: {keep_total}; messages with at least one keep word: {msgs_with_keep}")
    print("by style:")
    for s, c in sorted(by_style.items(), key=lambda x: -x[1]):
        print(f"  {s:18s} {c}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
