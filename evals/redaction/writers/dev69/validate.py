"""Validate handwritten_dev69.jsonl against FROZEN_SPEC.md's format and the dev69 brief's counts.

Checks: valid JSON and exact key set; ids; style word; every identifier and keep text is an exact
substring; every occurrence of an identifier text sits on word boundaries; no keep occurrence overlaps
any identifier occurrence; valid types/regions; counts (400-450 messages, >=1300 identifiers,
>=800 US, every type >=25, >=45% of messages written by hand).
"""
import collections, json, re, sys

from checks import TYPES, message_problems

PATH = sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev69.jsonl"
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
errors, rows, ids_seen = [], [], set()

with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: invalid JSON ({e})")
            continue
        if not isinstance(r, dict) or set(r) != KEYS:
            errors.append(f"line {n}: keys {sorted(r) if isinstance(r, dict) else type(r)}")
            continue
        rows.append(r)
        rid = r["id"]
        if not re.fullmatch(r"hd69-\d{3}", str(rid)):
            errors.append(f"{rid}: bad id")
        if rid in ids_seen:
            errors.append(f"{rid}: duplicate id")
        ids_seen.add(rid)
        if r["source"] not in ("hand", "template"):
            errors.append(f"{rid}: bad source {r['source']!r}")
        if not isinstance(r["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            errors.append(f"{rid}: bad style {r['style']!r}")
        if not isinstance(r["identifiers"], list):
            errors.append(f"{rid}: identifiers not a list")
            continue
        errors.extend(message_problems(r))

expected = [f"hd69-{i:03d}" for i in range(len(rows))]
if [r["id"] for r in rows] != expected:
    errors.append("ids are not hd69-000, hd69-001, ... in order")

n = len(rows)
idents = [i for r in rows for i in r["identifiers"]]
by_type = collections.Counter(i["type"] for i in idents)
by_region = collections.Counter(i["region"] for i in idents)
by_src = collections.Counter(r["source"] for r in rows)
hand_share = by_src["hand"] / n if n else 0
if not 400 <= n <= 450:
    errors.append(f"message count {n} not in 400-450")
if len(idents) < 1300:
    errors.append(f"identifier count {len(idents)} < 1300")
if by_region["US"] < 800:
    errors.append(f"US identifiers {by_region['US']} < 800")
for t in sorted(TYPES):
    if by_type[t] < 25:
        errors.append(f"type {t} has {by_type[t]} < 25")
if hand_share < 0.45:
    errors.append(f"hand share {hand_share:.1%} < 45%")

print(f"file: {PATH}")
print(f"messages: {n}  (hand {by_src['hand']}, template {by_src['template']}, hand share {hand_share:.1%})")
print(f"identifiers: {len(idents)}  US {by_region['US']}  INTL {by_region['INTL']}")
print("by type:")
for t in sorted(TYPES):
    print(f"  {t:24s} {by_type[t]:4d}   (US {sum(1 for i in idents if i['type'] == t and i['region'] == 'US')}, "
          f"INTL {sum(1 for i in idents if i['type'] == t and i['region'] == 'INTL')})")
print(f"messages with a MEDICAL_RECORD_NUMBER: {sum(1 for r in rows if any(i['type'] == 'MEDICAL_RECORD_NUMBER' for i in r['identifiers']))}")
print(f"messages without keep words: {sum(1 for r in rows if not r['keep'])}")
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
