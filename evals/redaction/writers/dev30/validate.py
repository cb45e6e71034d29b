"""Check handwritten_dev30.jsonl against the spec's format and print counts."""
import json, re, sys
from collections import Counter
from pathlib import Path

P = Path(__file__).parent / "handwritten_dev30.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
errors = []
by_type, by_region, by_style, by_type_region, src = Counter(), Counter(), Counter(), Counter(), Counter()
ids_by_src = Counter()
n_ids = 0
with_clin_keep = 0
lines = P.read_text(encoding="utf-8").splitlines()


def occurrences(text, s):
    i = text.find(s)
    while i >= 0:
        yield i
        i = text.find(s, i + 1)


def wb(text, a, b):
    left = a == 0 or not (text[a - 1].isalnum() and text[a].isalnum())
    right = b == len(text) or not (text[b - 1].isalnum() and text[b].isalnum())
    return left and right


for ln, line in enumerate(lines):
    try:
        o = json.loads(line)
    except Exception as e:
        errors.append(f"line {ln}: bad json {e}"); continue
    where = o.get("id", f"line {ln}")
    if set(o) != KEYS:
        errors.append(f"{where}: keys {sorted(o)}")
        continue
    if o["id"] != f"hd30-{ln:03d}":
        errors.append(f"{where}: id out of sequence (expected hd30-{ln:03d})")
    if o["source"] not in ("hand", "template"):
        errors.append(f"{where}: bad source")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", o["style"]):
        errors.append(f"{where}: style not snake_case")
    t = o["text"]
    if not isinstance(o["identifiers"], list) or not isinstance(o["keep"], list):
        errors.append(f"{where}: identifiers/keep not lists"); continue
    occ = []
    seen = set()
    for d in o["identifiers"]:
        if set(d) != {"text", "type", "region"}:
            errors.append(f"{where}: identifier keys {sorted(d)}"); continue
        if d["type"] not in TYPES or d["region"] not in ("US", "INTL"):
            errors.append(f"{where}: bad type/region {d}")
        s = d["text"]
        if not s or s != s.strip():
            errors.append(f"{where}: empty or padded identifier {s!r}")
        if (s, d["type"]) in seen:
            errors.append(f"{where}: duplicate identifier {s!r}")
        seen.add((s, d["type"]))
        hits = list(occurrences(t, s))
        if not hits:
            errors.append(f"{where}: identifier not in text {s!r}")
        for a in hits:
            if not wb(t, a, a + len(s)):
                errors.append(f"{where}: identifier {s!r} not on word boundary at {a}")
            occ.append((a, a + len(s)))
        by_type[d["type"]] += 1; by_region[d["region"]] += 1; by_type_region[(d["type"], d["region"])] += 1
        ids_by_src[o["source"]] += 1
        n_ids += 1
    for kw in o["keep"]:
        hits = list(occurrences(t, kw))
        if not kw or not hits:
            errors.append(f"{where}: keep not in text {kw!r}")
        for a in hits:
            if any(x < a + len(kw) and a < y for x, y in occ):
                errors.append(f"{where}: keep {kw!r} overlaps an identifier")
    if o["keep"]:
        with_clin_keep += 1
    by_style[o["style"]] += 1
    src[o["source"]] += 1

n = len(lines)
print(f"messages: {n}  (hand {src['hand']} = {src['hand'] / max(n, 1):.1%}, template {src['template']})")
print(f"identifiers: {n_ids}  (from hand {ids_by_src['hand']}, template {ids_by_src['template']})")
print("by region:", dict(by_region))
print("by type:")
for ty in sorted(TYPES):
    print(f"  {ty:24s} {by_type[ty]:4d}   US {by_type_region[(ty, 'US')]:4d}  INTL {by_type_region[(ty, 'INTL')]:4d}")
print("by style:", dict(sorted(by_style.items(), key=lambda x: -x[1])))
print(f"messages with keep words: {with_clin_keep}")
# brief's targets
if not 400 <= n <= 450: errors.append(f"message count {n} not in 400-450")
if n_ids < 1300: errors.append(f"identifiers {n_ids} < 1300")
if by_region["US"] < 800: errors.append(f"US identifiers {by_region['US']} < 800")
if src["hand"] < 0.4 * n: errors.append("hand share < 40%")
for ty in TYPES:
    if by_type[ty] < 25: errors.append(f"{ty} only {by_type[ty]} (< 25)")
if errors:
    print(f"\nFAILED: {len(errors)} problems")
    for e in errors[:80]:
        print(" ", e)
    sys.exit(1)
print("\nOK: all checks passed")
