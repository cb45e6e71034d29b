"""Validate handwritten_dev61.jsonl against the frozen spec's format and the dev61 brief's counts."""
import json, re, sys
from collections import Counter
from ibantool import iban_valid

PATH = sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev61.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
MIN_MSG, MAX_MSG, MIN_IDS, MIN_US, MIN_TYPE, MIN_HAND_SHARE = 400, 450, 1300, 800, 25, 0.45

errors = []
def err(i, msg):
    errors.append(f"line {i}: {msg}")

def occurrences(text, sub):
    out, start = [], 0
    while True:
        j = text.find(sub, start)
        if j < 0:
            return out
        out.append((j, j + len(sub)))
        start = j + 1

def boundary_ok(text, s, e):
    sub = text[s:e]
    if sub[0].isalnum() and s > 0 and text[s - 1].isalnum():
        return False
    if sub[-1].isalnum() and e < len(text) and text[e].isalnum():
        return False
    return True

rows, ids_seen = [], set()
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as ex:
            err(n, f"invalid JSON: {ex}")
            continue
        rows.append(r)
        if set(r) != KEYS:
            err(n, f"keys {sorted(r)} != {sorted(KEYS)}")
            continue
        if not re.fullmatch(r"hd61-\d{3}", r["id"]) or r["id"] != f"hd61-{n-1:03d}":
            err(n, f"bad id {r['id']}")
        if r["id"] in ids_seen:
            err(n, "duplicate id")
        ids_seen.add(r["id"])
        if r["source"] not in ("hand", "template"):
            err(n, f"bad source {r['source']}")
        if not isinstance(r["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            err(n, f"bad style {r['style']!r}")
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            err(n, "empty text")
            continue
        spans = []
        seen_txt = set()
        for ident in r["identifiers"]:
            if set(ident) != {"text", "type", "region"}:
                err(n, f"identifier keys {sorted(ident)}")
                continue
            t = ident["text"]
            if ident["type"] not in TYPES:
                err(n, f"bad type {ident['type']}")
            if ident["region"] not in REGIONS:
                err(n, f"bad region {ident['region']}")
            if t in seen_txt:
                err(n, f"duplicate identifier {t!r}")
            seen_txt.add(t)
            if not t or t != t.strip():
                err(n, f"identifier has outer whitespace or is empty: {t!r}")
            occ = occurrences(text, t)
            if not occ:
                err(n, f"identifier not a substring: {t!r}")
            for s, e in occ:
                if not boundary_ok(text, s, e):
                    err(n, f"identifier occurrence not on word boundary: {t!r} at {s}")
            spans += occ
            # IBANs must carry a valid checksum
            compact = re.sub(r"\s", "", t)
            if ident["type"] == "ACCOUNT_NUMBER" and re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}", compact):
                if not iban_valid(compact):
                    err(n, f"IBAN checksum fails: {t!r}")
        if not isinstance(r["keep"], list):
            err(n, "keep is not a list")
            continue
        for k in r["keep"]:
            occ = occurrences(text, k) if k else []
            if not occ:
                err(n, f"keep not a substring: {k!r}")
            for s, e in occ:
                for a, b in spans:
                    if s < b and a < e:
                        err(n, f"keep {k!r} overlaps identifier {text[a:b]!r}")

ids = [i for r in rows for i in r.get("identifiers", [])]
tc = Counter(i["type"] for i in ids)
rc = Counter(i["region"] for i in ids)
sc = Counter(r.get("style") for r in rows)
src = Counter(r.get("source") for r in rows)
hand_share = src["hand"] / max(1, len(rows))

if not MIN_MSG <= len(rows) <= MAX_MSG:
    errors.append(f"message count {len(rows)} not in {MIN_MSG}-{MAX_MSG}")
if len(ids) < MIN_IDS:
    errors.append(f"identifier count {len(ids)} < {MIN_IDS}")
if rc["US"] < MIN_US:
    errors.append(f"US identifiers {rc['US']} < {MIN_US}")
for t in sorted(TYPES):
    if tc[t] < MIN_TYPE:
        errors.append(f"type {t} count {tc[t]} < {MIN_TYPE}")
if hand_share < MIN_HAND_SHARE:
    errors.append(f"hand share {hand_share:.1%} < {MIN_HAND_SHARE:.0%}")
no_keep = sum(1 for r in rows if not r.get("keep"))

print(f"file: {PATH}")
print(f"messages: {len(rows)}  (hand {src['hand']}, template {src['template']}, hand share {hand_share:.1%})")
print(f"identifiers: {len(ids)}  US {rc['US']}  INTL {rc['INTL']}")
print(f"keep entries: {sum(len(r.get('keep', [])) for r in rows)}  messages without keep: {no_keep}")
print("by type:")
for t in sorted(TYPES):
    print(f"  {t:24s} {tc[t]:5d}")
print("by style:")
for s, c in sc.most_common():
    print(f"  {s:24s} {c:5d}")
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
