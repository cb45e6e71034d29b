"""Validator for handwritten_dev51.jsonl.
usage: python validate.py [path] [--no-counts]"""
import json, re, sys
from collections import Counter

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


IBAN_RE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")


def iban_valid(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        x = int(c)
        if i % 2 == 1:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0


def wordchar(c):
    return c.isalnum() or c == "_"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else "handwritten_dev51.jsonl"
    counts = "--no-counts" not in sys.argv
    errors, rows = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errors.append(f"line {n}: invalid JSON ({e})")
    ids = set()
    by_type, by_region, by_style, by_source = Counter(), Counter(), Counter(), Counter()
    type_region = Counter()
    n_ident = n_iban = n_card = n_card_luhn = 0
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(r)}")
            continue
        if not re.fullmatch(r"hd51-\d{3}", rid):
            errors.append(f"{rid}: bad id")
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["source"] not in ("hand", "template"):
            errors.append(f"{rid}: bad source {r['source']}")
        if not isinstance(r["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            errors.append(f"{rid}: bad style {r['style']!r}")
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{rid}: empty text")
            continue
        by_style[r["style"]] += 1
        by_source[r["source"]] += 1
        spans = []
        seen = set()
        for e in r["identifiers"]:
            if set(e) != {"text", "type", "region"}:
                errors.append(f"{rid}: identifier keys {sorted(e)}")
                continue
            if e["type"] not in TYPES:
                errors.append(f"{rid}: bad type {e['type']}")
            if e["region"] not in REGIONS:
                errors.append(f"{rid}: bad region {e['region']}")
            if (e["text"], e["type"]) in seen:
                errors.append(f"{rid}: duplicate identifier {e['text']!r}")
            seen.add((e["text"], e["type"]))
            if e["text"] != e["text"].strip() or not e["text"]:
                errors.append(f"{rid}: identifier has outer whitespace {e['text']!r}")
            occ = occurrences(text, e["text"])
            if not occ:
                errors.append(f"{rid}: identifier not a substring: {e['text']!r}")
            for s, t in occ:
                if s > 0 and wordchar(text[s - 1]) and wordchar(text[s]):
                    errors.append(f"{rid}: identifier {e['text']!r} at {s} starts inside a word")
                if t < len(text) and wordchar(text[t]) and wordchar(text[t - 1]):
                    errors.append(f"{rid}: identifier {e['text']!r} at {s} ends inside a word")
            spans.extend(occ)
            if e["type"] == "ACCOUNT_NUMBER":
                compact = e["text"].replace(" ", "").upper()
                if IBAN_RE.fullmatch(compact):
                    n_iban += 1
                    if not iban_valid(compact):
                        errors.append(f"{rid}: IBAN with a bad checksum: {e['text']!r}")
                elif re.fullmatch(r"\d{13,19}", re.sub(r"[ -]", "", e["text"])) and re.sub(r"[ -]", "", e["text"])[0] in "23456":
                    n_card += 1
                    n_card_luhn += luhn_ok(re.sub(r"[ -]", "", e["text"]))
            n_ident += 1
            by_type[e["type"]] += 1
            by_region[e["region"]] += 1
            type_region[(e["type"], e["region"])] += 1
        if not isinstance(r["keep"], list):
            errors.append(f"{rid}: keep not a list")
            continue
        for k in r["keep"]:
            occ = occurrences(text, k)
            if not occ:
                errors.append(f"{rid}: keep not a substring: {k!r}")
            for s, t in occ:
                for a, b in spans:
                    if s < b and a < t:
                        errors.append(f"{rid}: keep {k!r} at {s} overlaps an identifier occurrence")
                        break
    if counts:
        if not 400 <= len(rows) <= 450:
            errors.append(f"message count {len(rows)} not in 400-450")
        if n_ident < 1300:
            errors.append(f"identifiers {n_ident} < 1300")
        if by_region["US"] < 800:
            errors.append(f"US identifiers {by_region['US']} < 800")
        for t in sorted(TYPES):
            if by_type[t] < 25:
                errors.append(f"type {t}: {by_type[t]} < 25")
        if by_source["hand"] < 0.45 * len(rows):
            errors.append(f"hand share {by_source['hand']}/{len(rows)} < 45%")
    print(f"file: {path}")
    print(f"messages: {len(rows)}  identifiers: {n_ident}  hand: {by_source['hand']} "
          f"({100 * by_source['hand'] / max(1, len(rows)):.1f}%)  template: {by_source['template']}")
    print("regions: " + ", ".join(f"{k}={v}" for k, v in sorted(by_region.items())))
    print("by type (US / INTL / total):")
    for t in sorted(TYPES):
        print(f"  {t:24s} {type_region[(t, 'US')]:5d} {type_region[(t, 'INTL')]:5d} {by_type[t]:5d}")
    print(f"account numbers: {n_iban} IBANs (all checksums checked), {n_card} card-like numbers ({n_card_luhn} pass Luhn)")
    print("by style: " + ", ".join(f"{k}={v}" for k, v in sorted(by_style.items())))
    if errors:
        print(f"ERRORS ({len(errors)}):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
