"""Validate handwritten_dev28.jsonl: structure, substrings, overlaps, ids, and count targets."""
import json, os, sys
from collections import Counter
from common import KEYS, TYPES, message_errors

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "handwritten_dev28.jsonl"), encoding="utf-8")]
errors = []
ids = Counter(r.get("id") for r in rows)
errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
for n, r in enumerate(rows):
    if set(r) != KEYS:
        errors.append(f"{r.get('id')}: keys {sorted(r)}")
        continue
    if r["id"] != f"hd28-{n:03d}":
        errors.append(f"{r['id']}: id out of sequence")
    if r["source"] not in ("hand", "template"):
        errors.append(f"{r['id']}: bad source")
    if not r["style"] or r["style"] != r["style"].lower() or " " in r["style"]:
        errors.append(f"{r['id']}: bad style")
    errors += [f"{r['id']}: {e}" for e in message_errors(r)]

by_type, by_region, by_style, by_source = Counter(), Counter(), Counter(), Counter()
by_type_region = Counter()
for r in rows:
    by_style[r["style"]] += 1
    by_source[r["source"]] += 1
    for i in r["identifiers"]:
        by_type[i["type"]] += 1; by_region[i["region"]] += 1; by_type_region[(i["type"], i["region"])] += 1
n_ids = sum(by_type.values())
clin = sum(1 for r in rows if r["keep"])

print(f"messages: {len(rows)}   identifiers: {n_ids}")
print("by region:", dict(by_region))
print("by type (US/INTL):")
for t in TYPES:
    print(f"  {t:24s} {by_type[t]:4d}  ({by_type_region[(t,'US')]}/{by_type_region[(t,'INTL')]})")
print("by style:", dict(sorted(by_style.items(), key=lambda x: -x[1])))
print("by source:", dict(by_source), f"hand share {by_source['hand']/len(rows):.1%}")
print("messages with keep words:", clin)

checks = [
    ("about 400 messages", 390 <= len(rows) <= 420),
    (">=1300 identifiers", n_ids >= 1300),
    (">=900 US", by_region["US"] >= 900),
    (">=400 INTL", by_region["INTL"] >= 400),
    ("every type >=40", all(by_type[t] >= 40 for t in TYPES)),
    ("ACCOUNT_NUMBER >=60", by_type["ACCOUNT_NUMBER"] >= 60),
    ("every style >=20", all(c >= 20 for c in by_style.values())),
    (">=40% hand", by_source["hand"] / len(rows) >= 0.40),
    ("every message has keep", clin == len(rows)),
    ("no structural/label errors", not errors),
]
for e in errors[:50]:
    print("ERROR", e)
for name, ok in checks:
    print(("PASS " if ok else "FAIL ") + name)
sys.exit(0 if all(ok for _, ok in checks) else 1)
