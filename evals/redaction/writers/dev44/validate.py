"""Check handwritten_dev44.jsonl against the spec's format and this file's targets; print counts.

Usage: python validate.py [path]   (exit code 1 if anything fails)
"""
import json
import re
import sys
from collections import Counter

TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def word_char(c):
    # CJK / kana / hangul have no spaces between words, so they do not count as word characters
    return c.isalnum() and ord(c) < 0x2E80


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_record(r):
    """Errors (hard) and warnings (soft) for one record."""
    errs, warns = [], []
    if set(r) != KEYS:
        errs.append(f"keys {sorted(r)}")
        return errs, warns
    text = r["text"]
    if not isinstance(text, str) or not text.strip():
        errs.append("empty text")
        return errs, warns
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"] or ""):
        errs.append(f"style {r['style']!r}")
    if r["source"] not in ("hand", "template"):
        errs.append(f"source {r['source']!r}")
    spans = []
    for ident in r["identifiers"]:
        if set(ident) != {"text", "type", "region"}:
            errs.append(f"identifier keys {sorted(ident)}")
            continue
        if ident["type"] not in TYPES:
            errs.append(f"type {ident['type']}")
        if ident["region"] not in ("US", "INTL"):
            errs.append(f"region {ident['region']}")
        t = ident["text"]
        if not t or t != t.strip():
            errs.append(f"identifier empty/untrimmed {t!r}")
            continue
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not in text: {t!r}")
        spans += [(a, b, t) for a, b in occ]
    for a, b, t in spans:
        left_ok = a == 0 or not word_char(text[a - 1]) or not word_char(text[a])
        right_ok = b == len(text) or not word_char(text[b]) or not word_char(text[b - 1])
        if not (left_ok and right_ok):
            inside = any(a2 <= a and b <= b2 and (a2, b2) != (a, b) for a2, b2, _ in spans)
            if not inside:
                errs.append(f"identifier {t!r} not on word boundary at {a}")
    if len(set(k for k in r["keep"])) != len(r["keep"]):
        errs.append("duplicate keep")
    for k in r["keep"]:
        if not k or k not in text:
            errs.append(f"keep not in text: {k!r}")
            continue
        for a, b in occurrences(text, k):
            for a2, b2, t in spans:
                if a < b2 and a2 < b:
                    errs.append(f"keep {k!r} overlaps identifier {t!r}")
    # soft: a token of a multi-word PERSON appearing alone outside every identifier
    for ident in r["identifiers"]:
        if ident["type"] != "PERSON" or " " not in ident["text"]:
            continue
        for tok in re.split(r"[\s,]+", ident["text"]):
            if len(tok) < 3 or tok.endswith("."):
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text):
                if not any(a2 <= m.start() and m.end() <= b2 for a2, b2, _ in spans):
                    warns.append(f"name part {tok!r} left outside identifiers")
    return errs, warns


def main(path):
    recs, bad = [], 0
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                print(f"line {n}: bad json {e}")
                bad += 1
    for n, r in enumerate(recs):
        if r.get("id") != f"hd44-{n:03d}":
            print(f"line {n}: id {r.get('id')!r} expected hd44-{n:03d}")
            bad += 1
        errs, warns = check_record(r)
        for e in errs:
            print(f"{r.get('id')}: ERROR {e}")
        for w in warns:
            print(f"{r.get('id')}: ERROR {w}")
        bad += len(errs) + len(warns)

    ids = [i for r in recs for i in r["identifiers"]]
    by_type = Counter(i["type"] for i in ids)
    by_region = Counter(i["region"] for i in ids)
    by_type_region = Counter((i["type"], i["region"]) for i in ids)
    by_style = Counter(r["style"] for r in recs)
    by_source = Counter(r["source"] for r in recs)
    ids_by_source = Counter(r["source"] for r in recs for _ in r["identifiers"])
    with_clin = sum(1 for r in recs if r["keep"])
    print(f"messages {len(recs)}  identifiers {len(ids)}  US {by_region['US']}  INTL {by_region['INTL']}")
    print(f"source: {dict(by_source)}  hand share {by_source['hand'] / max(1, len(recs)):.1%}  "
          f"identifiers by source {dict(ids_by_source)}")
    print(f"messages with keep words: {with_clin}")
    print("by type (total / US / INTL):")
    for t in TYPES:
        print(f"  {t:24s} {by_type[t]:5d} {by_type_region[(t, 'US')]:5d} {by_type_region[(t, 'INTL')]:5d}")
    print("by style:")
    for s, c in sorted(by_style.items(), key=lambda x: -x[1]):
        print(f"  {s:16s} {c}")

    checks = [
        ("400-450 messages", 400 <= len(recs) <= 450),
        (">=1300 identifiers", len(ids) >= 1300),
        (">=800 US identifiers", by_region["US"] >= 800),
        ("every type >=25", all(by_type[t] >= 25 for t in TYPES)),
        ("hand share >=40%", by_source["hand"] >= 0.4 * len(recs)),
        ("every style >=20", all(c >= 20 for c in by_style.values())),
        ("most messages have keep words", with_clin > 0.5 * len(recs)),
    ]
    for name, ok in checks:
        print(f"[{'ok' if ok else 'FAIL'}] {name}")
        bad += 0 if ok else 1
    print("PASS" if bad == 0 else f"FAILED ({bad} problems)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/work/drafts/dev44/handwritten_dev44.jsonl"))
