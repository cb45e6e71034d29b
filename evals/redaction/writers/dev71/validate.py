"""Validate handwritten_dev71.jsonl against the frozen spec's format and this file's brief.

Usage: python validate.py [path]   (exit code 1 on any error)
"""
import collections, json, re, sys, os

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
MIN_MSG, MAX_MSG, MIN_IDS, MIN_US, MIN_TYPE, MIN_HAND = 400, 450, 1300, 800, 25, 0.45


def wordch(c):
    return c.isalnum() or c == "_"


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_record(rec, errors, warnings):
    rid = rec.get("id", "?")
    if set(rec) != KEYS:
        errors.append(f"{rid}: keys {sorted(rec)}")
        return
    if not isinstance(rec["text"], str) or not rec["text"].strip():
        errors.append(f"{rid}: empty text")
        return
    if not re.fullmatch(r"[a-z][a-z0-9_]*", rec["style"]):
        errors.append(f"{rid}: style not snake_case: {rec['style']!r}")
    if rec["source"] not in ("hand", "template"):
        errors.append(f"{rid}: source {rec['source']!r}")
    text = rec["text"]
    spans, seen = [], set()
    for ident in rec["identifiers"]:
        if set(ident) != {"text", "type", "region"}:
            errors.append(f"{rid}: identifier keys {sorted(ident)}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            errors.append(f"{rid}: bad type {ident['type']}")
        if ident["region"] not in REGIONS:
            errors.append(f"{rid}: bad region {ident['region']}")
        if not t or t != t.strip():
            errors.append(f"{rid}: identifier has outer whitespace or is empty: {t!r}")
        if t in seen:
            errors.append(f"{rid}: duplicate identifier {t!r}")
        seen.add(t)
        occ = occurrences(text, t)
        if not occ:
            errors.append(f"{rid}: identifier not a substring: {t!r}")
        for s, e in occ:
            if wordch(t[0]) and s > 0 and wordch(text[s - 1]):
                errors.append(f"{rid}: identifier {t!r} at {s} not on a word boundary (left)")
            if wordch(t[-1]) and e < len(text) and wordch(text[e]):
                errors.append(f"{rid}: identifier {t!r} at {s} not on a word boundary (right)")
            spans.append((s, e, t))
    # identifiers may nest (a first name inside a full name) but must not cross
    for s1, e1, t1 in spans:
        for s2, e2, t2 in spans:
            if s1 < s2 < e1 < e2:
                errors.append(f"{rid}: identifiers cross: {t1!r} / {t2!r}")
    if not isinstance(rec["keep"], list):
        errors.append(f"{rid}: keep is not a list")
        return
    for k in rec["keep"]:
        if not isinstance(k, str) or not k:
            errors.append(f"{rid}: bad keep {k!r}")
            continue
        occ = occurrences(text, k)
        if not occ:
            errors.append(f"{rid}: keep not a substring: {k!r}")
        for s, e in occ:
            for s2, e2, t2 in spans:
                if s < e2 and s2 < e:
                    errors.append(f"{rid}: keep {k!r} overlaps identifier {t2!r}")
    if not rec["keep"]:
        warnings.append(f"{rid}: no keep words")


def main(path):
    errors, warnings, recs = [], [], []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            recs.append(json.loads(line))
        except Exception as ex:
            errors.append(f"line {n}: invalid JSON ({ex})")
    for i, rec in enumerate(recs):
        if rec.get("id") != f"hd71-{i:03d}":
            errors.append(f"line {i + 1}: id {rec.get('id')!r}, expected hd71-{i:03d}")
        check_record(rec, errors, warnings)
    ids = [i for r in recs for i in r.get("identifiers", [])]
    by_type = collections.Counter(i["type"] for i in ids)
    by_tr = collections.Counter((i["type"], i["region"]) for i in ids)
    by_region = collections.Counter(i["region"] for i in ids)
    by_style = collections.Counter(r["style"] for r in recs)
    by_source = collections.Counter(r["source"] for r in recs)
    hand_share = by_source["hand"] / max(1, len(recs))
    print(f"file: {os.path.basename(path)}")
    print(f"messages: {len(recs)} (hand {by_source['hand']}, template {by_source['template']}, hand share {hand_share:.1%})")
    print(f"identifiers: {len(ids)}  US {by_region['US']}  INTL {by_region['INTL']}")
    print("by type (US / INTL / total):")
    for t in sorted(TYPES):
        print(f"  {t:24s} {by_tr[(t, 'US')]:5d} {by_tr[(t, 'INTL')]:5d} {by_type[t]:5d}")
    print("by style:")
    for s, c in by_style.most_common():
        print(f"  {s:24s} {c:5d}")
    # informational: checksums of IBAN-shaped and card-shaped account numbers (invalid cards are allowed by the spec)
    def iban_ok(x):
        r = x[4:] + x[:4]
        return int("".join(str(int(c, 36)) for c in r.upper())) % 97 == 1
    def luhn_ok(x):
        tot = 0
        for i, ch in enumerate(reversed(x)):
            d = int(ch) * (2 if i % 2 else 1)
            tot += d - 9 if d > 9 else d
        return tot % 10 == 0
    ib = [re.sub(r"\s", "", i["text"]) for i in ids if i["type"] == "ACCOUNT_NUMBER"]
    ibans = [x for x in ib if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{8,30}", x)]
    cards = [re.sub(r"-", "", x) for x in ib if re.fullmatch(r"\d{4}[ -]?\d{4,6}[ -]?\d{4,5}[ -]?\d{0,4}", x) and len(re.sub(r"-", "", x)) in (15, 16)]
    bad_ibans = [x for x in ibans if not iban_ok(x)]
    print(f"IBANs: {len(ibans)} (checksum fails: {len(bad_ibans)}); 15/16-digit card-shaped numbers: {len(cards)} (Luhn valid {sum(map(luhn_ok, cards))})")
    for x in bad_ibans:
        errors.append(f"IBAN with a bad checksum: {x}")
    kept = sum(len(r["keep"]) for r in recs)
    print(f"keep entries: {kept}; messages without keep: {sum(1 for r in recs if not r['keep'])}")
    if not MIN_MSG <= len(recs) <= MAX_MSG:
        errors.append(f"message count {len(recs)} outside {MIN_MSG}-{MAX_MSG}")
    if len(ids) < MIN_IDS:
        errors.append(f"identifiers {len(ids)} < {MIN_IDS}")
    if by_region["US"] < MIN_US:
        errors.append(f"US identifiers {by_region['US']} < {MIN_US}")
    for t in TYPES:
        if by_type[t] < MIN_TYPE:
            errors.append(f"type {t} has {by_type[t]} < {MIN_TYPE}")
    if hand_share < MIN_HAND:
        errors.append(f"hand share {hand_share:.1%} < {MIN_HAND:.0%}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("RESULT:", "OK" if not errors else f"{len(errors)} errors")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten_dev71.jsonl")))
