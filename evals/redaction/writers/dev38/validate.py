"""Check handwritten_dev38.jsonl against the spec's format and this file's brief; print counts."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}

def isw(ch):
    o = ord(ch)
    if 0x3000 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF: return False
    return ch.isalnum()

def spans(t, s):
    i, r = t.find(s), []
    while i >= 0: r.append((i, i + len(s))); i = t.find(s, i + 1)
    return r

errs = []; rows = []
for n, line in enumerate(open(os.path.join(HERE, "handwritten_dev38.jsonl"), encoding="utf-8")):
    o = json.loads(line); rows.append(o)
    if set(o) != KEYS: errs.append(f"line {n}: keys {sorted(o)}")
    if o["id"] != f"hd38-{n:03d}": errs.append(f"line {n}: id {o['id']}")
    if o["source"] not in ("hand", "template"): errs.append(f"{o['id']}: source")
    if not o["style"] or not all(c.islower() or c == "_" for c in o["style"]): errs.append(f"{o['id']}: style {o['style']}")
    t = o["text"]; idsp = []
    if not o["identifiers"]: errs.append(f"{o['id']}: no identifiers")
    for d in o["identifiers"]:
        if set(d) != {"text", "type", "region"} or d["type"] not in TYPES or d["region"] not in ("US", "INTL"):
            errs.append(f"{o['id']}: bad identifier {d}"); continue
        ss = spans(t, d["text"])
        if not ss: errs.append(f"{o['id']}: not a substring: {d['text']!r}")
        if d["text"] != d["text"].strip(): errs.append(f"{o['id']}: whitespace at edge {d['text']!r}")
        for a, b in ss:
            if (isw(t[a]) and a > 0 and isw(t[a-1])) or (isw(t[b-1]) and b < len(t) and isw(t[b])):
                errs.append(f"{o['id']}: not on word boundary: {d['text']!r}")
        idsp += ss
    if not isinstance(o["keep"], list): errs.append(f"{o['id']}: keep not list")
    for k in o["keep"]:
        ss = spans(t, k)
        if not ss: errs.append(f"{o['id']}: keep not a substring: {k!r}")
        for a, b in ss:
            if any(a < y and x < b for x, y in idsp): errs.append(f"{o['id']}: keep {k!r} overlaps an identifier")
if len({o["id"] for o in rows}) != len(rows): errs.append("duplicate ids")

ids = [d for o in rows for d in o["identifiers"]]
by_type = Counter(d["type"] for d in ids); by_region = Counter(d["region"] for d in ids)
by_style = Counter(o["style"] for o in rows); by_src = Counter(o["source"] for o in rows)
tr = Counter((d["type"], d["region"]) for d in ids)
src_ids = Counter(o["source"] for o in rows for d in o["identifiers"])
n = len(rows); hand_share = by_src["hand"] / n
with_keep = sum(1 for o in rows if o["keep"])

if not 400 <= n <= 450: errs.append(f"message count {n} not in 400-450")
if len(ids) < 1300: errs.append(f"identifiers {len(ids)} < 1300")
if by_region["US"] < 800: errs.append(f"US identifiers {by_region['US']} < 800")
if hand_share < 0.40: errs.append(f"hand share {hand_share:.1%} < 40%")
for ty in TYPES:
    if by_type[ty] < 25: errs.append(f"type {ty} only {by_type[ty]}")

print(f"messages: {n}  (hand {by_src['hand']} = {hand_share:.1%}, template {by_src['template']})")
print(f"identifiers: {len(ids)}  (hand {src_ids['hand']}, template {src_ids['template']})")
print(f"region: US {by_region['US']}, INTL {by_region['INTL']}")
print(f"messages with keep words: {with_keep}; keep entries: {sum(len(o['keep']) for o in rows)}")
print("by type (total / US / INTL):")
for ty in sorted(TYPES): print(f"  {ty:24s} {by_type[ty]:5d} {tr[(ty,'US')]:5d} {tr[(ty,'INTL')]:5d}")
print("by style (messages / of which hand):")
hs = Counter(o["style"] for o in rows if o["source"] == "hand")
for s, c in by_style.most_common(): print(f"  {s:16s} {c:4d} {hs[s]:4d}")
if errs:
    print(f"\nFAIL: {len(errs)} problems"); [print("  " + e) for e in errs[:60]]; sys.exit(1)
print("\nOK: all checks passed")
