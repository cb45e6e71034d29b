"""Validate handwritten_dev46.jsonl (or the file given as argv[1]) against the spec and the brief:
valid JSON and keys, identifier and keep texts are exact substrings, identifier occurrences on word boundaries,
no keep occurrence overlaps an identifier occurrence, valid types/regions, ids in sequence, and the counts."""
import collections, json, re, sys
from checks import check_row, TYPES

PATH = sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev46.jsonl"
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
STYLE_RE = re.compile(r"^[a-z]+(_[a-z]+)*$")

errors, warnings, rows = [], [], []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not an object")
            rows.append(obj)
        except Exception as e:
            errors.append(f"line {n}: invalid JSON: {e}")

type_c, region_c, tr_c, style_c, src_c, style_src = (collections.Counter() for _ in range(6))
n_ident, ids_seen = 0, set()
for n, r in enumerate(rows):
    rid = r.get("id", f"row{n}")
    if set(r) != KEYS:
        errors.append(f"{rid}: keys {sorted(r)}")
        continue
    if rid != f"hd46-{n:03d}":
        errors.append(f"{rid}: id out of sequence (expected hd46-{n:03d})")
    if rid in ids_seen:
        errors.append(f"{rid}: duplicate id")
    ids_seen.add(rid)
    if r["source"] not in ("hand", "template"):
        errors.append(f"{rid}: bad source {r['source']!r}")
    if not isinstance(r["style"], str) or not STYLE_RE.match(r["style"]):
        errors.append(f"{rid}: bad style {r['style']!r}")
    if not isinstance(r["identifiers"], list):
        errors.append(f"{rid}: identifiers not a list")
        continue
    for e in check_row(r):
        errors.append(f"{rid}: {e}")
    style_c[r["style"]] += 1
    src_c[r["source"]] += 1
    style_src[(r["style"], r["source"])] += 1
    for i in r["identifiers"]:
        n_ident += 1
        type_c[i.get("type")] += 1
        region_c[i.get("region")] += 1
        tr_c[(i.get("type"), i.get("region"))] += 1
    if not r["keep"]:
        warnings.append(f"{rid}: no keep words")

def need(cond, msg):
    print(("OK    " if cond else "FAIL  ") + msg)
    if not cond:
        errors.append(msg)

print(f"file: {PATH}")
print(f"messages: {len(rows)}  identifiers: {n_ident}  hand: {src_c['hand']}  template: {src_c['template']}")
need(400 <= len(rows) <= 450, f"400-450 messages (has {len(rows)})")
need(n_ident >= 1300, f"at least 1,300 identifiers (has {n_ident})")
need(region_c["US"] >= 800, f"at least 800 with region US (US {region_c['US']}, INTL {region_c['INTL']})")
for t in sorted(TYPES):
    need(type_c[t] >= 25, f"{t} at least 25 times (has {type_c[t]})")
share = src_c["hand"] / max(1, len(rows))
need(share >= 0.45, f"at least 45% written by hand ({src_c['hand']}/{len(rows)} = {share:.1%})")
print("\nidentifiers by type and region:")
print(f"  {'type':24s} {'US':>5s} {'INTL':>5s} {'total':>6s}")
for t in sorted(TYPES):
    print(f"  {t:24s} {tr_c[(t, 'US')]:5d} {tr_c[(t, 'INTL')]:5d} {type_c[t]:6d}")
print(f"  {'all':24s} {region_c['US']:5d} {region_c['INTL']:5d} {n_ident:6d}")
print("\nmessages by style (hand / template / total):")
for s in sorted(style_c):
    print(f"  {s:16s} {style_src[(s, 'hand')]:4d} {style_src[(s, 'template')]:4d} {style_c[s]:5d}")
print(f"\nmessages without keep words (allowed, listed as warnings): {len(warnings)}")
for w in warnings:
    print("  ", w)
print(f"\nerrors: {len(errors)}")
for e in errors:
    print("  ", e)
print("RESULT:", "PASS" if not errors else "FAIL")
sys.exit(1 if errors else 0)
