"""Validator for handwritten_dev17.jsonl. Exit code 0 = all checks pass."""
import collections
import json
import sys

from common import check_record, is_clinical, TYPES

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/drafts/dev17/handwritten_dev17.jsonl"
MIN_TYPE = {t: 40 for t in TYPES.values()}
MIN_TYPE["ACCOUNT_NUMBER"] = 60
REQ_STYLES = ["lower_case", "all_caps", "speaker_label", "list", "run_on", "signature", "form", "international",
              "clinician_note", "general_text", "voicemail", "group_chat", "forwarded", "billing", "typos",
              "multi_identifier"]

recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
errors = []
types, regions, tr, styles, src = (collections.Counter() for _ in range(5))
clin = 0
for n, r in enumerate(recs):
    if r["id"] != f"hd17-{n:03d}":
        errors.append(f"{r['id']}: bad id (expected hd17-{n:03d})")
    if list(r) != ["id", "style", "text", "identifiers", "keep", "source"]:
        errors.append(f"{r['id']}: keys {list(r)}")
    if r["source"] not in ("hand", "template"):
        errors.append(f"{r['id']}: bad source")
    for i in r["identifiers"]:
        if list(i) != ["text", "type", "region"]:
            errors.append(f"{r['id']}: identifier keys {list(i)}")
    for e in check_record(r):
        errors.append(f"{r['id']}: {e}")
    styles[r["style"]] += 1
    src[r["source"]] += 1
    if any(is_clinical(k) for k in r["keep"]):
        clin += 1
    for i in r["identifiers"]:
        types[i["type"]] += 1
        regions[i["region"]] += 1
        tr[(i["type"], i["region"])] += 1

n_ids = sum(types.values())
if len(recs) < 400: errors.append(f"only {len(recs)} messages")
if n_ids < 1500: errors.append(f"only {n_ids} identifiers")
if regions["US"] < 900: errors.append(f"US {regions['US']} < 900")
if regions["INTL"] < 450: errors.append(f"INTL {regions['INTL']} < 450")
for t, m in MIN_TYPE.items():
    if types[t] < m: errors.append(f"{t} {types[t]} < {m}")
for s in REQ_STYLES:
    if styles[s] < 25: errors.append(f"style {s} {styles[s]} < 25")
if src["hand"] < 150: errors.append(f"hand-written {src['hand']} < 150")
if clin < 0.75 * len(recs): errors.append(f"clinical keep share {clin}/{len(recs)} < 75%")

print(f"file: {PATH}")
print(f"messages: {len(recs)}  (hand {src['hand']}, template {src['template']})")
print(f"identifiers: {n_ids}  US {regions['US']}  INTL {regions['INTL']}")
print(f"messages with a clinical keep word: {clin}/{len(recs)} ({100 * clin / len(recs):.1f}%)")
print("by type (total / US / INTL):")
for t in TYPES.values():
    print(f"  {t:24s} {types[t]:5d} {tr[(t, 'US')]:5d} {tr[(t, 'INTL')]:5d}")
print("by style:")
for s, c in sorted(styles.items(), key=lambda x: -x[1]):
    print(f"  {s:18s} {c}")
if errors:
    print(f"\nFAIL: {len(errors)} problems")
    for e in errors[:60]:
        print("  " + e)
    sys.exit(1)
print("\nPASS: all checks hold (substrings, keep/identifier overlap, word boundaries, no uncovered repeats,"
      " no duplicates, IBAN mod-97, ABA routing, keep words present, counts and minimums)")
