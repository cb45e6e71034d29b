"""Validate handwritten_dev60.jsonl against the spec's format and the brief's counts."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "handwritten_dev60.jsonl")
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
TITLES = re.compile(r"^(dr|mr|mrs|ms|mme|mlle|sr|sra|srta|herr|frau|prof|sgt|ssg|pastor|nurse|aunt|uncle|tia|tía|tio|tío|"
                    r"mom|dad|grandma|grandpa|nana|abuela|abuelo|son|daughter|wife|husband)\.?\s", re.I)
LABELS = re.compile(r"\b(MRN|DOB|SSN|IBAN|born|birthday|phone|tel|email|cell)\b\s*[:#]?", re.I)

errors, warnings = [], []


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return None
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errors.append(f"line {n}: invalid JSON: {e}")
    type_c, region_c, tr_c, style_c, src_c = (collections.Counter() for _ in range(5))
    ibans = [0, 0]
    for n, r in enumerate(rows):
        rid = r.get("id")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(r)}")
            continue
        if rid != f"hd60-{n:03d}":
            errors.append(f"{rid}: expected id hd60-{n:03d}")
        if r["source"] not in ("hand", "template"):
            errors.append(f"{rid}: bad source {r['source']}")
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            errors.append(f"{rid}: bad style {r['style']}")
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{rid}: empty text")
            continue
        id_spans, seen = [], set()
        for ident in r["identifiers"]:
            if set(ident) != {"text", "type", "region"}:
                errors.append(f"{rid}: identifier keys {sorted(ident)}")
                continue
            t = ident["text"]
            if t in seen:
                errors.append(f"{rid}: duplicate identifier {t!r}")
            seen.add(t)
            if ident["type"] not in TYPES:
                errors.append(f"{rid}: bad type {ident['type']}")
            if ident["region"] not in REGIONS:
                errors.append(f"{rid}: bad region {ident['region']}")
            if t != t.strip() or not t:
                errors.append(f"{rid}: identifier has outer whitespace {t!r}")
            occ = occurrences(text, t)
            if not occ:
                errors.append(f"{rid}: identifier not a substring: {t!r}")
            for a, b in occ:
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    errors.append(f"{rid}: identifier {t!r} at {a} not on a word boundary")
            id_spans.extend(occ)
            if ident["type"] == "PERSON" and TITLES.match(t):
                errors.append(f"{rid}: title/relation word inside PERSON {t!r}")
            if LABELS.match(t):
                errors.append(f"{rid}: label inside identifier {t!r}")
            if ident["type"] == "ACCOUNT_NUMBER":
                ok = iban_ok(t)
                if ok is not None:
                    ibans[0 if ok else 1] += 1
                    if not ok:
                        errors.append(f"{rid}: IBAN checksum fails {t!r}")
            type_c[ident["type"]] += 1
            region_c[ident["region"]] += 1
            tr_c[(ident["type"], ident["region"])] += 1
        if not isinstance(r["keep"], list):
            errors.append(f"{rid}: keep not a list")
            continue
        for k in r["keep"]:
            occ = occurrences(text, k)
            if not occ:
                errors.append(f"{rid}: keep not a substring: {k!r}")
            for a, b in occ:
                for x, y in id_spans:
                    if a < y and x < b:
                        errors.append(f"{rid}: keep {k!r} at {a} overlaps an identifier at {x}")
        if not r["keep"]:
            warnings.append(f"{rid}: empty keep list")
        style_c[r["style"]] += 1
        src_c[r["source"]] += 1

    n_ids = sum(type_c.values())
    hand_share = src_c["hand"] / max(1, len(rows))
    checks = [
        (400 <= len(rows) <= 450, f"messages = {len(rows)} (need 400-450)"),
        (n_ids >= 1300, f"identifiers = {n_ids} (need >= 1300)"),
        (region_c["US"] >= 800, f"region US = {region_c['US']} (need >= 800); INTL = {region_c['INTL']}"),
        (all(type_c[t] >= 25 for t in TYPES), "every type >= 25: " + ", ".join(f"{t}={type_c[t]}" for t in sorted(TYPES))),
        (hand_share >= 0.45, f"hand share = {src_c['hand']}/{len(rows)} = {hand_share:.1%} (need >= 45%)"),
    ]
    for ok, msg in checks:
        print(("PASS " if ok else "FAIL ") + msg)
        if not ok:
            errors.append("count check failed: " + msg)
    print(f"IBANs with valid checksum: {ibans[0]}, invalid: {ibans[1]}")
    print("styles:", dict(sorted(style_c.items(), key=lambda x: -x[1])))
    print("type x region:", {f"{a}/{b}": c for (a, b), c in sorted(tr_c.items())})
    print(f"messages with empty keep: {len(warnings)}")
    for e in errors:
        print("ERROR", e)
    print("RESULT:", "OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
