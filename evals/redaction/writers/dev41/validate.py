"""Validate handwritten_dev41.jsonl and print counts.  Run: /work/main/.venv/bin/python validate.py"""
import collections
import json
import re
import sys

from checks import check_row, TYPES

PATH = "handwritten_dev41.jsonl"


def iban_ok(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def main():
    rows, errors = [], []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad JSON {e}")
    for i, r in enumerate(rows):
        if r.get("id") != f"hd41-{i:03d}":
            errors.append(f"row {i}: id {r.get('id')!r} not sequential")
        for e in check_row(r, with_keys=True):
            errors.append(f"{r.get('id')}: {e}")
        for ident in r.get("identifiers", []):
            t = ident["text"]
            if ident["type"] == "ACCOUNT_NUMBER" and re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{10,}", t):
                if not iban_ok(t):
                    errors.append(f"{r['id']}: IBAN checksum fails {t!r}")

    by_type, by_region, by_style, by_src = (collections.Counter() for _ in range(4))
    type_region = collections.Counter()
    ids_by_src = collections.Counter()
    with_keep = 0
    for r in rows:
        by_style[r["style"]] += 1
        by_src[r["source"]] += 1
        with_keep += bool(r["keep"])
        for ident in r["identifiers"]:
            by_type[ident["type"]] += 1
            by_region[ident["region"]] += 1
            type_region[(ident["type"], ident["region"])] += 1
            ids_by_src[r["source"]] += 1
    n, n_ids = len(rows), sum(by_type.values())
    hand_share = by_src["hand"] / n if n else 0

    req = [(400 <= n <= 450, f"messages {n} in 400-450"), (n_ids >= 1300, f"identifiers {n_ids} >= 1300"),
           (by_region["US"] >= 800, f"US identifiers {by_region['US']} >= 800"),
           (hand_share >= 0.40, f"hand share {hand_share:.1%} >= 40%")]
    for t in sorted(TYPES):
        req.append((by_type[t] >= 25, f"{t} {by_type[t]} >= 25"))
    for ok, msg in req:
        if not ok:
            errors.append("requirement failed: " + msg)

    print(f"messages: {n}  (hand {by_src['hand']}, template {by_src['template']}, hand share {hand_share:.1%})")
    print(f"identifiers: {n_ids}  (in hand messages {ids_by_src['hand']}, in template messages {ids_by_src['template']})")
    print(f"messages with at least one keep word: {with_keep}")
    print("by region:", dict(by_region))
    print("by type (total / US / INTL):")
    for t in sorted(TYPES):
        print(f"  {t:24s} {by_type[t]:4d} / {type_region[(t, 'US')]:4d} / {type_region[(t, 'INTL')]:4d}")
    print("by style:")
    for s, c in by_style.most_common():
        print(f"  {s:18s} {c}")
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
