"""Validate handwritten_dev25.jsonl against FROZEN_SPEC.md format and the dev25 targets."""
import json, re, sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name("handwritten_dev25.jsonl")
TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def occurrences(hay, needle, ci=False):
    if ci:
        hay, needle = hay.lower(), needle.lower()
    out, i = [], hay.find(needle)
    while i != -1:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return None
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn(d):
    d = [int(c) for c in d][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def isalnum_ascii(c):
    return c.isascii() and c.isalnum()


rows = [json.loads(l) for l in PATH.read_text(encoding="utf-8").splitlines() if l.strip()]
seen_ids, seen_text = set(), set()
by_type, by_region, by_style, by_source = Counter(), Counter(), Counter(), Counter()
type_region = Counter()
ibans = cards_luhn = cards_bad = 0
for n, r in enumerate(rows):
    rid = r.get("id", f"row{n}")
    if set(r) != KEYS:
        err(rid, f"keys {sorted(r)}")
        continue
    if rid != f"hd25-{n:03d}":
        err(rid, f"expected id hd25-{n:03d}")
    if rid in seen_ids:
        err(rid, "duplicate id")
    seen_ids.add(rid)
    if r["text"] in seen_text:
        err(rid, "duplicate text")
    seen_text.add(r["text"])
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
        err(rid, f"bad style {r['style']}")
    if r["source"] not in ("hand", "template"):
        err(rid, "bad source")
    text = r["text"]
    for mark in ("[[", "]]", "{{", "}}"):
        if mark in text:
            err(rid, f"markup left in text: {mark}")
    if not r["keep"]:
        err(rid, "no keep words")
    if not r["identifiers"]:
        err(rid, "no identifiers")
    by_style[r["style"]] += 1
    by_source[r["source"]] += 1
    id_spans = []
    seen_pairs = set()
    for ent in r["identifiers"]:
        if set(ent) != {"text", "type", "region"}:
            err(rid, f"identifier keys {ent}")
            continue
        t = ent["text"]
        if ent["type"] not in TYPES:
            err(rid, f"bad type {ent['type']}")
        if ent["region"] not in ("US", "INTL"):
            err(rid, f"bad region {ent['region']}")
        if not t or t != t.strip():
            err(rid, f"identifier empty or padded: {t!r}")
            continue
        if (t, ent["type"]) in seen_pairs:
            err(rid, f"duplicate identifier {t!r}")
        seen_pairs.add((t, ent["type"]))
        occ = occurrences(text, t)
        if not occ:
            err(rid, f"identifier not in text: {t!r}")
        for a, b in occ:
            if (a > 0 and isalnum_ascii(text[a - 1]) and isalnum_ascii(t[0])) or \
               (b < len(text) and isalnum_ascii(text[b]) and isalnum_ascii(t[-1])):
                err(rid, f"identifier {t!r} occurs inside a longer word at {a}: {text[max(0,a-10):b+10]!r}")
        id_spans += occurrences(text, t, ci=True)
        by_type[ent["type"]] += 1
        by_region[ent["region"]] += 1
        type_region[(ent["type"], ent["region"])] += 1
        if ent["type"] == "ACCOUNT_NUMBER":
            ok = iban_ok(t)
            if ok is False:
                err(rid, f"IBAN checksum invalid: {t}")
            elif ok:
                ibans += 1
            else:
                digits = re.sub(r"[ -]", "", t)
                if digits.isdigit() and 13 <= len(digits) <= 19:
                    if luhn(digits):
                        cards_luhn += 1
                    else:
                        cards_bad += 1
    for k in r["keep"]:
        if not k or k != k.strip():
            err(rid, f"keep empty or padded: {k!r}")
            continue
        kocc = occurrences(text, k)
        if not kocc:
            err(rid, f"keep not in text: {k!r}")
        for a, b in occurrences(text, k, ci=True):
            for c, d in id_spans:
                if a < d and c < b:
                    err(rid, f"keep {k!r} overlaps identifier at {c}:{d} {text[c:d]!r}")

total_ids = sum(by_type.values())
print(f"messages: {len(rows)}   identifiers: {total_ids}")
print("by source:", dict(by_source), f"  hand share: {by_source['hand']/max(1,len(rows)):.1%}")
print("by region:", dict(by_region))
print("by type:")
for t in TYPES:
    print(f"  {t:24s} {by_type[t]:4d}   (US {type_region[(t,'US')]}, INTL {type_region[(t,'INTL')]})")
print(f"  account numbers: IBANs {ibans}, cards Luhn-valid {cards_luhn}, cards Luhn-invalid {cards_bad}, other {by_type['ACCOUNT_NUMBER']-ibans-cards_luhn-cards_bad}")
print("by style:")
for s, c in sorted(by_style.items()):
    hand = sum(1 for r in rows if r['style'] == s and r['source'] == 'hand')
    print(f"  {s:22s} {c:4d}  (hand {hand})")

targets = [
    ("about 450 messages (430-480)", 430 <= len(rows) <= 480),
    (">=1500 identifiers", total_ids >= 1500),
    (">=1000 US", by_region["US"] >= 1000),
    (">=450 INTL", by_region["INTL"] >= 450),
    ("every type >=40", all(by_type[t] >= 40 for t in TYPES)),
    ("ACCOUNT_NUMBER >=60", by_type["ACCOUNT_NUMBER"] >= 60),
    ("every style >=20", all(c >= 20 for c in by_style.values())),
    (">=40% hand", by_source["hand"] >= 0.4 * len(rows)),
]
print("targets:")
for name, ok in targets:
    print(f"  [{'PASS' if ok else 'FAIL'}] {name}")
if errors:
    print(f"\n{len(errors)} errors:")
    for e in errors[:80]:
        print("  " + e)
ok = not errors and all(o for _, o in targets)
print("\nALL OK" if ok else "\nNOT OK")
sys.exit(0 if ok else 1)
