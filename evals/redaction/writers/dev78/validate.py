"""Checks for handwritten_dev78.jsonl (writer dev78). Usage: python validate.py [path]"""
import json
import re
import sys
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/drafts/writers/dev78/handwritten_dev78.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
IBAN_RE = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$")

errors, warnings = [], []


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        tot += x
    return tot % 10 == 0


rows = []
with open(PATH, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON ({e})")

by_type, by_region, by_tr, by_style, by_source = Counter(), Counter(), Counter(), Counter(), Counter()
ids_by_source = Counter()
n_iban = n_card_luhn = n_card_bad = 0
texts_seen = Counter()
n_ids = 0
for idx, r in enumerate(rows):
    rid = r.get("id")
    if set(r) != KEYS:
        errors.append(f"{rid}: key set {sorted(r)}")
        continue
    if rid != f"hd78-{idx:03d}":
        errors.append(f"{rid}: expected id hd78-{idx:03d}")
    t = r["text"]
    texts_seen[t] += 1
    if not isinstance(t, str) or not t.strip():
        errors.append(f"{rid}: empty text")
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
        errors.append(f"{rid}: style {r['style']!r} not snake_case")
    if r["source"] not in ("hand", "template"):
        errors.append(f"{rid}: source {r['source']!r}")
    by_style[r["style"]] += 1
    by_source[r["source"]] += 1
    if not r["keep"]:
        errors.append(f"{rid}: no keep words")
    id_spans = []
    seen_texts = set()
    for d in r["identifiers"]:
        if set(d) != {"text", "type", "region"}:
            errors.append(f"{rid}: identifier keys {sorted(d)}")
            continue
        it = d["text"]
        if it in seen_texts:
            errors.append(f"{rid}: identifier {it!r} listed twice")
        seen_texts.add(it)
        if d["type"] not in TYPES:
            errors.append(f"{rid}: bad type {d['type']}")
        if d["region"] not in REGIONS:
            errors.append(f"{rid}: bad region {d['region']}")
        if it != it.strip():
            errors.append(f"{rid}: identifier {it!r} has outer whitespace")
        occ = occurrences(t, it)
        if not occ:
            errors.append(f"{rid}: identifier {it!r} not in text")
        for s, e in occ:
            before = t[s - 1] if s > 0 else " "
            after = t[e] if e < len(t) else " "
            if before.isalnum() or after.isalnum():
                errors.append(f"{rid}: occurrence of {it!r} at {s} not on a word boundary "
                              f"({t[max(0, s - 10):e + 10]!r})")
        # case-insensitive occurrences inside longer words (outside every other identifier): warning only
        for s, e in occurrences(t.lower(), it.lower()):
            if t[s:e] == it:
                continue
            before = t[s - 1] if s > 0 else " "
            after = t[e] if e < len(t) else " "
            inside_other = any(s >= s2 and e <= e2 for d2 in r["identifiers"] if d2 is not d
                               for s2, e2 in occurrences(t, d2["text"]))
            if (before.isalnum() or after.isalnum()) and not inside_other:
                warnings.append(f"{rid}: {it!r} occurs in other case inside a word: {t[max(0, s - 10):e + 10]!r}")
        id_spans += [(s, e, it) for s, e in occ]
        by_type[d["type"]] += 1
        by_region[d["region"]] += 1
        by_tr[(d["type"], d["region"])] += 1
        ids_by_source[r["source"]] += 1
        n_ids += 1
        if d["type"] == "ACCOUNT_NUMBER":
            compact = it.replace(" ", "").upper()
            if IBAN_RE.match(compact) and compact[:2].isalpha() and not compact.isdigit():
                n_iban += 1
                if not iban_ok(compact):
                    errors.append(f"{rid}: IBAN {it!r} has wrong check digits")
                if d["region"] != "INTL":
                    warnings.append(f"{rid}: IBAN {it!r} not region INTL")
            else:
                digits = re.sub(r"[ -]", "", it)
                if digits.isdigit() and 13 <= len(digits) <= 19:
                    if luhn_ok(digits):
                        n_card_luhn += 1
                    else:
                        n_card_bad += 1
    for k in r["keep"]:
        kocc = occurrences(t, k)
        if not kocc:
            errors.append(f"{rid}: keep {k!r} not in text")
        for ks, ke in kocc:
            for s, e, it in id_spans:
                if ks < e and s < ke:
                    errors.append(f"{rid}: keep {k!r} at {ks} overlaps identifier {it!r}")
    # nested identifiers (one inside another) are allowed but reported
    for s, e, it in id_spans:
        for s2, e2, it2 in id_spans:
            if (s, e) != (s2, e2) and s < e2 and s2 < e and not (s2 <= s and e <= e2) and not (s <= s2 and e2 <= e):
                errors.append(f"{rid}: identifiers {it!r} and {it2!r} partly overlap")

for t, c in texts_seen.items():
    if c > 1:
        errors.append(f"duplicate message text x{c}: {t[:60]!r}")

n = len(rows)
checks = [
    ("messages 400-460", 400 <= n <= 460, n),
    ("identifiers >= 1400", n_ids >= 1400, n_ids),
    ("region US >= 850", by_region["US"] >= 850, by_region["US"]),
    ("hand share >= 50%", by_source["hand"] * 2 >= n, f"{by_source['hand']}/{n}"),
    ("ACCOUNT_NUMBER >= 50", by_type["ACCOUNT_NUMBER"] >= 50, by_type["ACCOUNT_NUMBER"]),
] + [(f"{ty} >= 35", by_type[ty] >= 35, by_type[ty]) for ty in sorted(TYPES)]
for name, ok, val in checks:
    if not ok:
        errors.append(f"count check failed: {name} (got {val})")

print(f"file: {PATH}")
print(f"messages: {n}   identifiers: {n_ids}")
print("\nchecks:")
for name, ok, val in checks:
    print(f"  [{'ok' if ok else 'FAIL'}] {name}: {val}")
print("\nby source (messages / identifiers):")
for s in sorted(by_source):
    print(f"  {s:10s} {by_source[s]:4d} / {ids_by_source[s]:5d}")
print("\nby region:")
for s in sorted(by_region):
    print(f"  {s:6s} {by_region[s]:5d}")
print("\nby type (total, US, INTL):")
for ty in sorted(TYPES):
    print(f"  {ty:24s} {by_type[ty]:5d} {by_tr[(ty, 'US')]:5d} {by_tr[(ty, 'INTL')]:5d}")
print(f"\nIBANs: {n_iban} (all checked mod 97); card numbers: {n_card_luhn} Luhn-valid, {n_card_bad} not")
print("\nby style:")
for s, c in sorted(by_style.items(), key=lambda x: (-x[1], x[0])):
    print(f"  {s:22s} {c:4d}")
print(f"\nwarnings: {len(warnings)}")
for w in warnings:
    print("  " + w)
print(f"\nerrors: {len(errors)}")
for e in errors:
    print("  " + e)
print("\nRESULT:", "PASS" if not errors else "FAIL")
sys.exit(1 if errors else 0)
