"""Validate handwritten_dev52.jsonl against the frozen spec's format and this brief's counts.

Usage: python validate.py [file]   (exit code 1 on any error)
Checks: valid JSON and keys; ids/source/style; every identifier and keep text is an exact substring;
every occurrence of an identifier sits on word boundaries; no keep occurrence overlaps an identifier
occurrence; valid types/regions; IBAN checksums; no title/relation word/label inside an identifier;
counts (400-450 messages, >=1300 identifiers, >=800 US, every type >=25, hand share >=45%).
"""
import json, re, sys
from collections import Counter
from checks import check_row, TYPES

PATH = sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev52.jsonl"
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
errors, warnings = [], []

rows, ids_seen = [], set()
with open(PATH, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as ex:
            errors.append(f"line {ln}: invalid JSON ({ex})")
            continue
        rid = r.get("id", f"line{ln}") if isinstance(r, dict) else f"line{ln}"
        if not isinstance(r, dict) or set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(r) if isinstance(r, dict) else type(r)}")
            continue
        rows.append(r)
        if not re.fullmatch(r"hd52-\d{3}", r["id"]):
            errors.append(f"{rid}: bad id")
        if r["id"] in ids_seen:
            errors.append(f"{rid}: duplicate id")
        ids_seen.add(r["id"])
        if r["source"] not in ("hand", "template"):
            errors.append(f"{rid}: bad source")
        if not isinstance(r["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            errors.append(f"{rid}: bad style {r['style']!r}")
        if not isinstance(r["identifiers"], list):
            errors.append(f"{rid}: identifiers not a list")
            continue
        e, w = check_row(r)
        errors += [f"{rid}: {x}" for x in e]
        warnings += [f"{rid}: {x}" for x in w]

n = len(rows)
all_ids = [d for r in rows for d in r["identifiers"]]
by_type = Counter(d["type"] for d in all_ids)
by_region = Counter(d["region"] for d in all_ids)
by_tr = Counter((d["type"], d["region"]) for d in all_ids)
by_style = Counter(r["style"] for r in rows)
by_source = Counter(r["source"] for r in rows)
hand_share = by_source["hand"] / n if n else 0
with_keep = sum(1 for r in rows if r["keep"])

if not 400 <= n <= 450:
    errors.append(f"message count {n} not in 400-450")
if len(all_ids) < 1300:
    errors.append(f"identifier count {len(all_ids)} < 1300")
if by_region["US"] < 800:
    errors.append(f"US identifiers {by_region['US']} < 800")
for ty in sorted(TYPES):
    if by_type[ty] < 25:
        errors.append(f"type {ty} has {by_type[ty]} < 25")
if hand_share < 0.45:
    errors.append(f"hand share {hand_share:.1%} < 45%")
for st, c in sorted(by_style.items()):
    if c < 20:
        warnings.append(f"style {st} has only {c} messages (the spec asks 20 per style)")

print(f"file: {PATH}")
print(f"messages: {n}  (hand {by_source['hand']} = {hand_share:.1%}, template {by_source['template']})")
print(f"identifiers: {len(all_ids)}  US {by_region['US']}  INTL {by_region['INTL']}")
print(f"messages with at least one keep word: {with_keep} ({with_keep / n:.1%}); keep entries: {sum(len(r['keep']) for r in rows)}")
print("by type (total / US / INTL):")
for ty in sorted(TYPES):
    print(f"  {ty:24s} {by_type[ty]:5d} {by_tr[(ty, 'US')]:5d} {by_tr[(ty, 'INTL')]:5d}")
print("by style (messages / hand / template):")
for st in sorted(by_style):
    h = sum(1 for r in rows if r["style"] == st and r["source"] == "hand")
    print(f"  {st:16s} {by_style[st]:4d} {h:4d} {by_style[st] - h:4d}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("RESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
