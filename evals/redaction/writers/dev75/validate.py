"""Validate handwritten_dev75.jsonl against the format of the frozen-split spec and this brief.

Run:  /work/main/.venv/bin/python validate.py | tee validate_output.txt
Exit code 1 if any hard check fails. Warnings (possible partial-name leaks) do not fail.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

PATH = Path(__file__).resolve().parent / "handwritten_dev75.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
WORD = re.compile(r"\w")
IBAN_SHAPE = re.compile(r"^[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{11,40}$")

MIN_MSG, MAX_MSG, MIN_IDS, MIN_US, MIN_PER_TYPE, MIN_HAND_SHARE = 400, 450, 1300, 800, 25, 0.45


def occurrences(text, s):
    out, start = [], 0
    while s:
        j = text.find(s, start)
        if j < 0:
            break
        out.append((j, j + len(s)))
        start = j + 1
    return out


def on_boundary(text, a, b):
    left = a == 0 or not (WORD.match(text[a - 1]) and WORD.match(text[a]))
    right = b == len(text) or not (WORD.match(text[b - 1]) and WORD.match(text[b]))
    return left and right


def iban_ok(v):
    s = v.replace(" ", "").upper()
    r = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
    except ValueError:
        return False


def main():
    errors, warnings, rows = [], [], []
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON ({e})")
    ids_seen = set()
    for n, r in enumerate(rows):
        rid = r.get("id", f"line{n + 1}")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(r)} != {sorted(KEYS)}")
            continue
        if r["id"] != f"hd75-{n:03d}":
            errors.append(f"{rid}: id out of sequence (expected hd75-{n:03d})")
        if r["id"] in ids_seen:
            errors.append(f"{rid}: duplicate id")
        ids_seen.add(r["id"])
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            errors.append(f"{rid}: style not snake_case: {r['style']!r}")
        if r["source"] not in ("hand", "template"):
            errors.append(f"{rid}: bad source {r['source']!r}")
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{rid}: empty text")
            continue
        if any(t in text for t in ("[[", "]]", "{{", "}}")):
            errors.append(f"{rid}: leftover markup in text")
        if not isinstance(r["identifiers"], list) or not r["identifiers"]:
            errors.append(f"{rid}: no identifiers")
        if not isinstance(r["keep"], list) or not all(isinstance(k, str) for k in r["keep"]):
            errors.append(f"{rid}: keep is not a list of strings")
        occ = {}
        seen_pairs, type_of = set(), {}
        for d in r["identifiers"]:
            if set(d) != {"text", "type", "region"}:
                errors.append(f"{rid}: identifier keys {sorted(d)}")
                continue
            if d["type"] not in TYPES:
                errors.append(f"{rid}: bad type {d['type']!r}")
            if d["region"] not in REGIONS:
                errors.append(f"{rid}: bad region {d['region']!r}")
            if not d["text"] or d["text"] != d["text"].strip():
                errors.append(f"{rid}: empty or padded identifier {d['text']!r}")
            if (d["text"], d["type"]) in seen_pairs:
                errors.append(f"{rid}: duplicate identifier {d['text']!r}")
            seen_pairs.add((d["text"], d["type"]))
            if d["text"] in type_of and type_of[d["text"]] != d["type"]:
                errors.append(f"{rid}: same text with two types {d['text']!r}")
            type_of[d["text"]] = d["type"]
            o = occurrences(text, d["text"])
            if not o:
                errors.append(f"{rid}: identifier not an exact substring {d['text']!r}")
            occ[d["text"]] = o
            if d["type"] == "ACCOUNT_NUMBER" and IBAN_SHAPE.match(d["text"]) and not iban_ok(d["text"]):
                errors.append(f"{rid}: IBAN checksum fails {d['text']!r}")
        all_occ = [x for v in occ.values() for x in v]
        for t, o in occ.items():
            for a, b in o:
                inside_other = any(x <= a and b <= y and (x, y) != (a, b) for x, y in all_occ)
                if not on_boundary(text, a, b) and not inside_other:
                    errors.append(f"{rid}: identifier occurrence off a word boundary {t!r} at {a}")
        for k in r["keep"]:
            ko = occurrences(text, k)
            if not ko:
                errors.append(f"{rid}: keep not an exact substring {k!r}")
            for a, b in ko:
                if any(a < y and x < b for x, y in all_occ):
                    errors.append(f"{rid}: keep occurrence overlaps an identifier {k!r}")
        # warning: a capitalised part (>=3 letters) of a multi-word PERSON identifier left outside identifiers
        for d in r["identifiers"]:
            if d["type"] != "PERSON":
                continue
            for tok in re.findall(r"\w{3,}", d["text"]):
                if not tok[0].isupper():
                    continue
                for a, b in occurrences(text, tok):
                    if on_boundary(text, a, b) and not any(x <= a and b <= y for x, y in all_occ):
                        warnings.append(f"{rid}: name part {tok!r} of {d['text']!r} also appears outside identifiers")
                        break

    # ------------------------------------------------------------------ counts
    n_msg = len(rows)
    all_ids = [(r, d) for r in rows for d in r.get("identifiers", [])]
    by_type = Counter(d["type"] for _, d in all_ids)
    by_region = Counter(d["region"] for _, d in all_ids)
    by_type_region = Counter((d["type"], d["region"]) for _, d in all_ids)
    by_style_source = defaultdict(Counter)
    for r in rows:
        by_style_source[r["style"]][r["source"]] += 1
    n_hand = sum(1 for r in rows if r["source"] == "hand")
    ids_hand = sum(len(r["identifiers"]) for r in rows if r["source"] == "hand")
    with_keep = sum(1 for r in rows if r["keep"])

    checks = [
        (f"messages {n_msg} in [{MIN_MSG}, {MAX_MSG}]", MIN_MSG <= n_msg <= MAX_MSG),
        (f"identifiers {len(all_ids)} >= {MIN_IDS}", len(all_ids) >= MIN_IDS),
        (f"region US {by_region['US']} >= {MIN_US}", by_region["US"] >= MIN_US),
        (f"hand share {n_hand}/{n_msg} = {n_hand / max(n_msg, 1):.1%} >= {MIN_HAND_SHARE:.0%}",
         n_hand / max(n_msg, 1) >= MIN_HAND_SHARE),
    ] + [(f"type {t} {by_type[t]} >= {MIN_PER_TYPE}", by_type[t] >= MIN_PER_TYPE) for t in sorted(TYPES)]
    for label, ok in checks:
        if not ok:
            errors.append("count check failed: " + label)

    print(f"file: {PATH.name}")
    print(f"messages: {n_msg}  (hand {n_hand}, template {n_msg - n_hand}; hand share {n_hand / max(n_msg, 1):.1%})")
    print(f"identifiers: {len(all_ids)}  (in hand messages {ids_hand})  US {by_region['US']}  INTL {by_region['INTL']}")
    print(f"messages with at least one keep entry: {with_keep}; keep entries: {sum(len(r['keep']) for r in rows)}")
    print()
    print("count checks:")
    for label, ok in checks:
        print(f"  [{'ok' if ok else 'FAIL'}] {label}")
    print()
    print(f"{'type':<24}{'US':>6}{'INTL':>6}{'total':>7}")
    for t in sorted(TYPES):
        print(f"{t:<24}{by_type_region[(t, 'US')]:>6}{by_type_region[(t, 'INTL')]:>6}{by_type[t]:>7}")
    print(f"{'total':<24}{by_region['US']:>6}{by_region['INTL']:>6}{len(all_ids):>7}")
    print()
    print(f"{'style':<18}{'hand':>6}{'templ':>7}{'total':>7}")
    for s in sorted(by_style_source):
        c = by_style_source[s]
        print(f"{s:<18}{c['hand']:>6}{c['template']:>7}{c['hand'] + c['template']:>7}")
    print()
    print(f"warnings (possible name parts left outside identifiers, review by eye): {len(warnings)}")
    for w in warnings:
        print("  " + w)
    print()
    print(f"errors: {len(errors)}")
    for e in errors:
        print("  " + e)
    print("RESULT:", "PASS" if not errors else "FAIL")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
