"""Validate handwritten_dev55.jsonl against the brief and FROZEN_SPEC.md format.

Checks: valid JSON per line, exact key set, ids hd55-NNN in order, every identifier and keep text is an
exact substring, every identifier occurrence sits on word boundaries, no keep occurrence overlaps an
identifier occurrence, valid types/regions/styles/sources, and the counts asked for in the brief.
Also checks IBAN checksums (all IBANs in the file must be valid) and reports Luhn validity of cards.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from checks import TYPES, record_problems  # noqa: E402

PATH = os.path.join(HERE, "handwritten_dev55.jsonl")
IBAN_RE = re.compile(r"^[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{10,40}$")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def main():
    errors = []
    recs = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON ({e})")
    by_type, by_region, by_style, by_source = Counter(), Counter(), Counter(), Counter()
    by_type_region = Counter()
    ids_by_source = Counter()
    keep_msgs = clinical = 0
    ibans = bad_ibans = cards = luhn = 0
    for n, r in enumerate(recs):
        want = f"hd55-{n:03d}"
        if r.get("id") != want:
            errors.append(f"{r.get('id')}: expected id {want}")
        for p in record_problems(r):
            errors.append(f"{r.get('id')}: {p}")
        if set(r.keys()) != {"id", "style", "text", "identifiers", "keep", "source"}:
            continue
        by_style[r["style"]] += 1
        by_source[r["source"]] += 1
        if r["keep"]:
            keep_msgs += 1
        for d in r["identifiers"]:
            by_type[d["type"]] += 1
            by_region[d["region"]] += 1
            by_type_region[(d["type"], d["region"])] += 1
            ids_by_source[r["source"]] += 1
            if d["type"] == "ACCOUNT_NUMBER":
                t = d["text"]
                if IBAN_RE.match(t) and t[:2].isalpha() and t[2:4].isdigit():
                    ibans += 1
                    if not iban_ok(t):
                        bad_ibans += 1
                        errors.append(f"{r['id']}: IBAN checksum fails {t!r}")
                else:
                    dg = re.sub(r"[ -]", "", t)
                    if dg.isdigit() and len(dg) in (15, 16):
                        cards += 1
                        luhn += luhn_ok(dg)

    total_ids = sum(by_type.values())
    n_msgs = len(recs)
    share_hand = by_source["hand"] / n_msgs if n_msgs else 0
    checks = [
        ("messages 400-450", 400 <= n_msgs <= 450, n_msgs),
        ("identifiers >= 1300", total_ids >= 1300, total_ids),
        ("region US >= 800", by_region["US"] >= 800, by_region["US"]),
        ("every type >= 25", all(by_type[t] >= 25 for t in TYPES), min(by_type[t] for t in TYPES)),
        ("hand share >= 45%", share_hand >= 0.45, f"{share_hand:.1%}"),
    ]
    for name, ok, val in checks:
        if not ok:
            errors.append(f"count check failed: {name} (got {val})")

    print(f"file: {PATH}")
    print(f"messages: {n_msgs}  (hand {by_source['hand']}, template {by_source['template']}; hand share {share_hand:.1%})")
    print(f"identifiers: {total_ids}  (from hand messages {ids_by_source['hand']}, from templates {ids_by_source['template']})")
    print(f"regions: US {by_region['US']}, INTL {by_region['INTL']}")
    print(f"messages with at least one keep entry: {keep_msgs}/{n_msgs}")
    print(f"IBANs: {ibans} (checksum failures {bad_ibans}); 15/16-digit card numbers: {cards} (Luhn-valid {luhn})")
    print("\nby type and region:")
    print(f"  {'type':24s} {'US':>5s} {'INTL':>5s} {'total':>6s}")
    for t in sorted(TYPES):
        print(f"  {t:24s} {by_type_region[(t, 'US')]:5d} {by_type_region[(t, 'INTL')]:5d} {by_type[t]:6d}")
    print("\nby style:")
    for s, c in sorted(by_style.items()):
        print(f"  {s:16s} {c:4d}")
    print("\ncount checks:")
    for name, ok, val in checks:
        print(f"  [{'ok' if ok else 'FAIL'}] {name}: {val}")
    print(f"\nerrors: {len(errors)}")
    for e in errors[:200]:
        print("  " + e)
    print("\nRESULT:", "PASS" if not errors else "FAIL")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
