#!/usr/bin/env python3
"""Validate handwritten_dev29.jsonl against the spec's format and this file's targets; print counts."""
import json, re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import problems  # same substring / overlap / word-boundary checks the builder uses

PATH = Path(__file__).resolve().parent / "handwritten_dev29.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
LABEL_START = re.compile(r"^(MRN|DOB|D\.O\.B|Dr\.?|Mrs?\.?|Ms\.|IBAN|iban|visa|Member ID|SSN|Medicare|Medicaid)\b[\s:#]", re.I)
RELATION = {"mom", "dad", "grandpa", "grandma", "daughter", "son", "uncle", "aunt", "mother", "father", "pops", "granny"}
errs = []
msgs = [json.loads(l) for l in PATH.read_text(encoding="utf-8").splitlines() if l.strip()]
for n, m in enumerate(msgs):
    where = m.get("id", f"line {n+1}")
    if set(m) != KEYS:
        errs.append(f"{where}: keys {sorted(m)}")
        continue
    if m["id"] != f"hd29-{n:03d}":
        errs.append(f"{where}: id should be hd29-{n:03d}")
    if m["source"] not in ("hand", "template"):
        errs.append(f"{where}: bad source")
    if not isinstance(m["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", m["style"]):
        errs.append(f"{where}: bad style {m['style']!r}")
    if not isinstance(m["keep"], list) or not all(isinstance(k, str) and k for k in m["keep"]):
        errs.append(f"{where}: bad keep")
    for i in m["identifiers"]:
        if set(i) != {"text", "type", "region"} or i["type"] not in TYPES or i["region"] not in ("US", "INTL") or not i["text"]:
            errs.append(f"{where}: bad identifier {i}")
        if i["text"] != i["text"].strip():
            errs.append(f"{where}: identifier has outer whitespace {i['text']!r}")
        if LABEL_START.match(i["text"] + " ") and i["type"] != "LOCATION":
            errs.append(f"{where}: identifier starts with a label/title {i['text']!r}")
        if i["type"] == "PERSON" and i["text"].lower() in RELATION:
            errs.append(f"{where}: relation word labelled as PERSON {i['text']!r}")
    seen = [(i["text"], i["type"]) for i in m["identifiers"]]
    if len(seen) != len(set(seen)):
        errs.append(f"{where}: duplicate identifier entries")
    for e in problems(m):
        errs.append(f"{where}: {e}")

ids = [i for m in msgs for i in m["identifiers"]]
by_type = Counter(i["type"] for i in ids)
by_region = Counter(i["region"] for i in ids)
by_type_region = Counter((i["type"], i["region"]) for i in ids)
by_style = Counter(m["style"] for m in msgs)
by_source = Counter(m["source"] for m in msgs)
ids_by_source = Counter(m["source"] for m in msgs for _ in m["identifiers"])
with_clinical_keep = sum(1 for m in msgs if m["keep"])

print(f"messages: {len(msgs)}  identifiers: {len(ids)}  keep words: {sum(len(m['keep']) for m in msgs)}")
print(f"source: {dict(by_source)}  hand share: {by_source['hand']/len(msgs):.1%}  identifiers by source: {dict(ids_by_source)}")
print(f"region: {dict(by_region)}")
print("type (US / INTL / total):")
for t in sorted(TYPES):
    print(f"  {t:22s} {by_type_region[(t,'US')]:4d} {by_type_region[(t,'INTL')]:4d} {by_type[t]:5d}")
print("style:")
for s, c in by_style.most_common():
    print(f"  {s:20s} {c}")
print(f"messages with at least one keep word: {with_clinical_keep}")

if not 400 <= len(msgs) <= 450: errs.append(f"message count {len(msgs)} not in 400-450")
if len(ids) < 1300: errs.append(f"identifiers {len(ids)} < 1300")
if by_region["US"] < 800: errs.append(f"US identifiers {by_region['US']} < 800")
if by_source["hand"] < 0.4 * len(msgs): errs.append("hand share < 40%")
for t in TYPES:
    if by_type[t] < 25: errs.append(f"{t} only {by_type[t]} (< 25)")
if errs:
    print(f"\nFAIL: {len(errs)} problems")
    for e in errs[:80]:
        print("  ", e)
    sys.exit(1)
print("\nPASS")
