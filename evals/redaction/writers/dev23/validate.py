"""Validate handwritten_dev23.jsonl: structure, substrings, keep/identifier overlap, ids, targets. Prints counts."""
import json, re, sys
from collections import Counter
sys.path.insert(0, "/work/drafts/dev23")
import checks
from gen import iban_check, luhn_ok

PATH = "/work/drafts/dev23/handwritten_dev23.jsonl"
TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}

rows = [json.loads(l) for l in open(PATH, encoding="utf-8")]
errors, warnings = [], []
ids = Counter(r.get("id") for r in rows)
for k, v in ids.items():
    if v > 1: errors.append(f"duplicate id {k}")
by_type, by_region, by_style, by_source, by_type_region = Counter(), Counter(), Counter(), Counter(), Counter()
no_keep, clinical_keep, ibans, bad_ibans = 0, 0, 0, []
CLIN = re.compile(r"(in|ol|il|ine|ide|one|am|ix|is|ia|ure|ease|er|ds|ia|es|y|rt|c)\b", re.I)
for i, r in enumerate(rows):
    if set(r) != KEYS: errors.append(f"{r.get('id')}: keys {sorted(r)}")
    if not re.fullmatch(r"hd23-\d{3}", r["id"]) or r["id"] != f"hd23-{i:03d}": errors.append(f"bad id order {r['id']}")
    if r["source"] not in ("hand", "template"): errors.append(f"{r['id']}: bad source")
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]): errors.append(f"{r['id']}: bad style")
    for it in r["identifiers"]:
        if set(it) != {"text", "type", "region"} or it["type"] not in TYPES or it["region"] not in ("US", "INTL"):
            errors.append(f"{r['id']}: bad identifier {it}")
        by_type[it["type"]] += 1; by_region[it["region"]] += 1; by_type_region[(it["type"], it["region"])] += 1
        if it["type"] == "ACCOUNT_NUMBER" and re.match(r"^[A-Za-z]{2}\d\d", it["text"].replace(" ", "")):
            ibans += 1
            if not iban_check(it["text"].replace(" ", "").upper()): bad_ibans.append(it["text"])
    if not r["keep"]: no_keep += 1
    e, w = checks.row_problems(r)
    errors += [f"{r['id']}: {x}" for x in e]; warnings += [f"{r['id']}: {x}" for x in w]
    by_style[r["style"]] += 1; by_source[r["source"]] += 1

n, nid = len(rows), sum(by_type.values())
print(f"messages: {n}   identifiers: {nid}")
print("by source:", dict(by_source), f"hand share {by_source['hand'] / n:.1%}")
print("by region:", dict(by_region))
print("by type (US/INTL):")
for t in TYPES:
    print(f"  {t:24s} {by_type[t]:5d}   US {by_type_region[(t, 'US')]:4d}  INTL {by_type_region[(t, 'INTL')]:4d}")
print("by style:")
for s, c in sorted(by_style.items(), key=lambda x: -x[1]):
    print(f"  {s:16s} {c}")
print(f"IBANs: {ibans} (bad checksum: {len(bad_ibans)})  messages without keep: {no_keep}")

targets = [("about 450 messages", 430 <= n <= 480), ("identifiers >= 1500", nid >= 1500),
           ("US >= 1000", by_region["US"] >= 1000), ("INTL >= 450", by_region["INTL"] >= 450),
           ("hand share >= 40%", by_source["hand"] / n >= .40), ("every message has keep", no_keep == 0),
           ("ACCOUNT_NUMBER >= 60", by_type["ACCOUNT_NUMBER"] >= 60), ("IBAN checksums valid", not bad_ibans)]
targets += [(f"{t} >= 40", by_type[t] >= 40) for t in TYPES]
targets += [(f"style {s} >= 20", c >= 20) for s, c in by_style.items()]
targets += [("no structural/overlap errors", not errors)]
print("targets:")
for name, ok in targets:
    print(f"  [{'PASS' if ok else 'FAIL'}] {name}")
for e in errors[:50]: print("ERROR", e)
for w in warnings[:50]: print("WARN ", w)
print(f"errors: {len(errors)}  warnings: {len(warnings)}")
sys.exit(0 if all(ok for _, ok in targets) else 1)
