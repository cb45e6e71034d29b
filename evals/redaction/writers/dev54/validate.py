"""Validate handwritten_dev54.jsonl against the spec's format and this task's counts."""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev54.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def isword(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return None  # not an IBAN
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


recs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {n}: invalid JSON ({e})")
            continue
        if not isinstance(r, dict) or set(r) != KEYS:
            err(f"line {n}: keys {sorted(r) if isinstance(r, dict) else type(r)} != {sorted(KEYS)}")
            continue
        recs.append(r)

ids_seen = set()
for k, r in enumerate(recs):
    rid, text = r["id"], r["text"]
    if rid != f"hd54-{k:03d}":
        err(f"{rid}: expected id hd54-{k:03d}")
    if rid in ids_seen:
        err(f"{rid}: duplicate id")
    ids_seen.add(rid)
    if r["source"] not in ("hand", "template"):
        err(f"{rid}: bad source {r['source']!r}")
    if not isinstance(r["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
        err(f"{rid}: bad style {r['style']!r}")
    if not isinstance(text, str) or not text.strip():
        err(f"{rid}: empty text")
        continue
    if not isinstance(r["identifiers"], list) or not isinstance(r["keep"], list):
        err(f"{rid}: identifiers/keep must be lists")
        continue
    id_spans, seen_texts = [], set()
    for ident in r["identifiers"]:
        if not isinstance(ident, dict) or set(ident) != {"text", "type", "region"}:
            err(f"{rid}: bad identifier object {ident!r}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            err(f"{rid}: bad type {ident['type']!r}")
        if ident["region"] not in REGIONS:
            err(f"{rid}: bad region {ident['region']!r}")
        if not isinstance(t, str) or not t or t != t.strip():
            err(f"{rid}: identifier text empty or padded {t!r}")
            continue
        if t in seen_texts:
            err(f"{rid}: identifier {t!r} listed twice")
        seen_texts.add(t)
        occ = occurrences(text, t)
        if not occ:
            err(f"{rid}: identifier {t!r} not a substring")
        for s, e in occ:
            left_bad = s > 0 and isword(text[s - 1]) and isword(t[0])
            right_bad = e < len(text) and isword(text[e]) and isword(t[-1])
            if left_bad or right_bad:
                err(f"{rid}: identifier {t!r} occurs off word boundary at {s}: ...{text[max(0, s-10):e+10]!r}")
        id_spans.extend(occ)
        if ident["type"] == "ACCOUNT_NUMBER":
            ok = iban_ok(t)
            if ok is False:
                err(f"{rid}: IBAN {t!r} has a bad checksum")
            if ok is not None and ident["region"] != "INTL":
                err(f"{rid}: IBAN {t!r} should be region INTL")
    seen_keep = set()
    for kw in r["keep"]:
        if not isinstance(kw, str) or not kw:
            err(f"{rid}: bad keep {kw!r}")
            continue
        if kw in seen_keep:
            err(f"{rid}: keep {kw!r} listed twice")
        seen_keep.add(kw)
        occ = occurrences(text, kw)
        if not occ:
            err(f"{rid}: keep {kw!r} not a substring")
        for s, e in occ:
            for a, b in id_spans:
                if s < b and a < e:
                    err(f"{rid}: keep {kw!r} at {s} overlaps identifier {text[a:b]!r}")
    if not r["keep"]:
        warnings.append(f"{rid}: no keep words")

# counts
n = len(recs)
allids = [i for r in recs for i in r["identifiers"]]
by_type = collections.Counter(i["type"] for i in allids)
by_region = collections.Counter(i["region"] for i in allids)
by_style = collections.Counter(r["style"] for r in recs)
by_source = collections.Counter(r["source"] for r in recs)
hand_share = by_source["hand"] / n if n else 0
if not 400 <= n <= 450:
    err(f"message count {n} not in 400-450")
if len(allids) < 1300:
    err(f"identifier count {len(allids)} < 1300")
if by_region["US"] < 800:
    err(f"US identifiers {by_region['US']} < 800")
for t in sorted(TYPES):
    if by_type[t] < 25:
        err(f"type {t} only {by_type[t]} < 25")
if hand_share < 0.45:
    err(f"hand share {hand_share:.1%} < 45%")

print(f"file: {PATH}")
print(f"messages: {n}  (hand {by_source['hand']}, template {by_source['template']}, hand share {hand_share:.1%})")
print(f"identifiers: {len(allids)}  US {by_region['US']}  INTL {by_region['INTL']}")
print(f"messages with keep words: {sum(1 for r in recs if r['keep'])}; keep entries: {sum(len(r['keep']) for r in recs)}")
print("by type:")
for t in sorted(TYPES):
    print(f"  {t:24s} {by_type[t]:5d}")
print("by style:")
for s, c in sorted(by_style.items()):
    print(f"  {s:24s} {c:5d}")
print(f"warnings: {len(warnings)}")
for w in warnings[:20]:
    print("  WARN", w)
print(f"errors: {len(errors)}")
for e in errors:
    print("  ERR", e)
print("RESULT:", "PASS" if not errors else "FAIL")
sys.exit(1 if errors else 0)
