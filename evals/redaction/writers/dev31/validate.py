#!/usr/bin/env python3
"""Check handwritten_dev31.jsonl against the spec's format and this brief's targets; print counts.
Run: /work/main/.venv/bin/python validate.py   (exit code 1 on any error)
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).resolve().parent / "handwritten_dev31.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
IBAN_RE = re.compile(r"^[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{10,}$")

errors, warnings = [], []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def is_cjk(ch):
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def is_word(ch):
    return (ch.isalnum() or ch == "_") and not is_cjk(ch)


def occ(text, sub):
    i, res = text.find(sub), []
    while i != -1:
        res.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return res


def iban_ok(v):
    s = v.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


recs = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
by_type, by_region, by_style, by_src = Counter(), Counter(), Counter(), Counter()
type_region = Counter()
n_ids = 0
msgs_with_keep = 0
for i, r in enumerate(recs):
    rid = r.get("id", f"line{i}")
    if set(r) != KEYS:
        err(rid, f"keys {sorted(r)}")
        continue
    if r["id"] != f"hd31-{i:03d}":
        err(rid, f"id out of sequence, expected hd31-{i:03d}")
    if r["source"] not in ("hand", "template"):
        err(rid, "bad source")
    if not re.fullmatch(r"[a-z][a-z_]*", r["style"]):
        err(rid, "style not snake_case")
    text = r["text"]
    spans = []
    seen = set()
    for e in r["identifiers"]:
        if set(e) != {"text", "type", "region"}:
            err(rid, f"identifier keys {sorted(e)}")
            continue
        if e["type"] not in TYPES:
            err(rid, f"bad type {e['type']}")
        if e["region"] not in ("US", "INTL"):
            err(rid, f"bad region {e['region']}")
        if e["text"] in seen:
            err(rid, f"duplicate identifier {e['text']!r}")
        seen.add(e["text"])
        if e["text"] != e["text"].strip():
            err(rid, f"identifier has outer whitespace {e['text']!r}")
        o = occ(text, e["text"])
        if not o:
            err(rid, f"identifier not a substring: {e['text']!r}")
        for a, b in o:
            if (a > 0 and is_word(text[a - 1]) and is_word(text[a])) or \
               (b < len(text) and is_word(text[b]) and is_word(text[b - 1])):
                err(rid, f"identifier occurrence not on word boundary: {e['text']!r}")
            spans.append((a, b, e["text"]))
        if e["type"] == "ACCOUNT_NUMBER" and IBAN_RE.match(e["text"]) and not iban_ok(e["text"]):
            err(rid, f"IBAN checksum fails: {e['text']!r}")
        by_type[e["type"]] += 1
        by_region[e["region"]] += 1
        type_region[(e["type"], e["region"])] += 1
        n_ids += 1
    for a, b, t in spans:  # identifier occurrence nested inside a different identifier
        for c, d, u in spans:
            if u != t and c <= a and b <= d and (c, d) != (a, b):
                warnings.append(f"{rid}: {t!r} occurs inside {u!r}")
    if r["keep"]:
        msgs_with_keep += 1
    for k in r["keep"]:
        ko = occ(text, k)
        if not ko:
            err(rid, f"keep not a substring: {k!r}")
        for a, b in ko:
            for c, d, t in spans:
                if a < d and c < b:
                    err(rid, f"keep {k!r} overlaps identifier {t!r}")
    by_style[r["style"]] += 1
    by_src[r["source"]] += 1

n = len(recs)
print(f"messages: {n}   identifiers: {n_ids}   messages with keep words: {msgs_with_keep}")
print(f"source: {dict(by_src)}   hand share: {by_src['hand'] / n:.1%}")
print("by region:", dict(by_region))
print("by type:")
for t in sorted(TYPES):
    print(f"  {t:24s} {by_type[t]:5d}   (US {type_region[(t, 'US')]}, INTL {type_region[(t, 'INTL')]})")
print("by style:")
for s, c in by_style.most_common():
    print(f"  {s:18s} {c}")

# targets from the brief
if not 400 <= n <= 450:
    errors.append(f"message count {n} not in 400-450")
if n_ids < 1300:
    errors.append(f"identifiers {n_ids} < 1300")
if by_region["US"] < 800:
    errors.append(f"US identifiers {by_region['US']} < 800")
if by_src["hand"] / n < 0.40:
    errors.append("hand share below 40%")
for t in TYPES:
    if by_type[t] < 25:
        errors.append(f"type {t} only {by_type[t]} (< 25)")

for w in warnings[:20]:
    print("WARN", w)
if len(warnings) > 20:
    print(f"WARN ... {len(warnings) - 20} more")
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK: all checks passed")
