"""Validate handwritten_dev77.jsonl against the brief and the spec format.

Checks: valid JSON per line, exact key set, ids hd77-NNN in order, every identifier and keep text is an
exact substring, every identifier occurrence sits on word boundaries, no keep occurrence overlaps an
identifier occurrence, valid types/regions/styles/source, and the counts the brief asks for.
Prints count tables; exit code 1 on any failure.

Run:  /work/main/.venv/bin/python validate.py > validate_output.txt
"""
import json
import os
import re
import sys
from collections import Counter

from checks import TYPES, message_problems

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "handwritten_dev77.jsonl")


def main():
    errors = []
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: invalid JSON ({e})")
                continue
            if not isinstance(rec, dict):
                errors.append(f"line {ln}: not an object")
                continue
            recs.append(rec)
            for p in message_problems(rec):
                errors.append(f"line {ln} ({rec.get('id')}): {p}")
    for i, rec in enumerate(recs):
        if rec.get("id") != f"hd77-{i:03d}":
            errors.append(f"id out of sequence: {rec.get('id')} at position {i}")
    ids = [r.get("id") for r in recs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    texts = [r.get("text") for r in recs]
    if len(texts) != len(set(texts)):
        errors.append("duplicate message texts")

    idents = [e for r in recs for e in r["identifiers"]]
    by_type = Counter(e["type"] for e in idents)
    by_region = Counter(e["region"] for e in idents)
    by_type_region = Counter((e["type"], e["region"]) for e in idents)
    by_style = Counter(r["style"] for r in recs)
    by_style_src = Counter((r["style"], r["source"]) for r in recs)
    by_src = Counter(r["source"] for r in recs)
    n = len(recs)
    hand_share = by_src["hand"] / n if n else 0
    with_keep = sum(1 for r in recs if r["keep"])

    # IBANs must carry a valid checksum (spec); report Luhn status of card-like numbers
    n_iban = n_cards = n_luhn = 0
    for r in recs:
        for e in r["identifiers"]:
            if e["type"] != "ACCOUNT_NUMBER":
                continue
            compact = re.sub(r"[ -]", "", e["text"]).upper()
            if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
                n_iban += 1
                moved = compact[4:] + compact[:4]
                if int("".join(str(int(ch, 36)) for ch in moved)) % 97 != 1:
                    errors.append(f"{r['id']}: IBAN checksum fails for {e['text']!r}")
            elif re.fullmatch(r"\d{13,19}", compact):
                n_cards += 1
                tot = 0
                for i, ch in enumerate(reversed(compact)):
                    d = int(ch) * (2 if i % 2 else 1)
                    tot += d - 9 if d > 9 else d
                n_luhn += tot % 10 == 0

    # counts the brief asks for
    if not 400 <= n <= 450:
        errors.append(f"message count {n} not in 400-450")
    if len(idents) < 1300:
        errors.append(f"identifiers {len(idents)} < 1300")
    if by_region["US"] < 800:
        errors.append(f"US identifiers {by_region['US']} < 800")
    for t in sorted(TYPES):
        if by_type[t] < 25:
            errors.append(f"type {t}: {by_type[t]} < 25")
    if hand_share < 0.45:
        errors.append(f"hand share {hand_share:.1%} < 45%")

    print(f"file: {PATH}")
    print(f"messages: {n}   hand: {by_src['hand']}   template: {by_src['template']}   hand share: {hand_share:.1%}")
    print(f"identifiers: {len(idents)}   US: {by_region['US']}   INTL: {by_region['INTL']}")
    print(f"messages with at least one keep word: {with_keep} ({with_keep / n:.1%}); keep entries: {sum(len(r['keep']) for r in recs)}")
    print(f"IBANs: {n_iban} (all checksums verified)   13-19 digit card-like numbers: {n_cards} ({n_luhn} pass Luhn)")
    print()
    print(f"{'type':<24}{'US':>6}{'INTL':>6}{'total':>7}")
    for t in sorted(TYPES):
        print(f"{t:<24}{by_type_region[(t, 'US')]:>6}{by_type_region[(t, 'INTL')]:>6}{by_type[t]:>7}")
    print(f"{'all':<24}{by_region['US']:>6}{by_region['INTL']:>6}{len(idents):>7}")
    print()
    print(f"{'style':<18}{'hand':>6}{'templ':>7}{'total':>7}")
    for s, c in sorted(by_style.items(), key=lambda x: (-x[1], x[0])):
        print(f"{s:<18}{by_style_src[(s, 'hand')]:>6}{by_style_src[(s, 'template')]:>7}{c:>7}")
    print()
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
