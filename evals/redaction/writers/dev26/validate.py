"""Validate handwritten_dev26.jsonl against FROZEN_SPEC.md rules and the dev26 targets."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "handwritten_dev26.jsonl")
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
CLINICAL_HINTS = re.compile(
    r"(pill|med|mg|insulin|pharm|doctor|dr\b|nurse|hospital|clinic|rx|lab|a1c|blood|pressure|sugar|"
    r"heart|lung|copd|dialysis|chemo|therap|pt\b|rehab|surgery|scan|mri|x-ray|ct\b|dementia|alzheimer|"
    r"parkinson|diabet|stroke|fibrillation|cancer|oncolog|cardio|neuro|hospice|oxygen|inhaler|"
    r"[a-z]+(in|ol|il|ide|one|ine|am|an|pam|tine|zole|pril|sartan|statin|mab|xa|is|ix|ra|ol)\b)", re.I)


def spans(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_row(r, errors):
    rid = r.get("id", "?")
    if set(r) != KEYS:
        errors.append(f"{rid}: keys {sorted(r)}")
        return
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        errors.append(f"{rid}: empty text")
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"] or ""):
        errors.append(f"{rid}: bad style {r['style']!r}")
    if r["source"] not in ("hand", "template"):
        errors.append(f"{rid}: bad source")
    if not isinstance(r["keep"], list) or not r["keep"]:
        errors.append(f"{rid}: no keep words")
    id_spans, seen = [], set()
    for ident in r["identifiers"]:
        if set(ident) != {"text", "type", "region"}:
            errors.append(f"{rid}: identifier keys {sorted(ident)}")
            continue
        it = ident["text"]
        if ident["type"] not in TYPES:
            errors.append(f"{rid}: bad type {ident['type']}")
        if ident["region"] not in ("US", "INTL"):
            errors.append(f"{rid}: bad region {ident['region']}")
        if ident["type"] == "US_SSN" and ident["region"] != "US":
            errors.append(f"{rid}: SSN not US")
        if not it or it != it.strip():
            errors.append(f"{rid}: identifier empty or padded {it!r}")
            continue
        if it in seen:
            errors.append(f"{rid}: duplicate identifier {it!r}")
        seen.add(it)
        sp = spans(t, it)
        if not sp:
            errors.append(f"{rid}: identifier not in text {it!r}")
        id_spans.extend((a, b, it) for a, b in sp)
    for k in r["keep"]:
        if not isinstance(k, str) or not k:
            errors.append(f"{rid}: bad keep {k!r}")
            continue
        ks = spans(t, k)
        if not ks:
            errors.append(f"{rid}: keep not in text {k!r}")
        for a, b in ks:
            for c, d, it in id_spans:
                if a < d and c < b:
                    errors.append(f"{rid}: keep {k!r} overlaps identifier {it!r}")
        for ident in r["identifiers"]:
            if ident["text"] and ident["text"] in k:
                errors.append(f"{rid}: identifier {ident['text']!r} appears inside keep {k!r}")
    # every occurrence of an identifier must be a whole token, or lie inside another identifier
    for a, b, it in id_spans:
        inside = any(c <= a and b <= d and (c, d) != (a, b) for c, d, _ in id_spans)
        if inside:
            continue
        left = t[a - 1] if a > 0 else " "
        right = t[b] if b < len(t) else " "
        if (left.isalnum() and it[0].isalnum()) or (right.isalnum() and it[-1].isalnum()):
            errors.append(f"{rid}: identifier {it!r} occurs inside a longer word at {a}")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return None
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main(path=PATH):
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    errors = []
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for i, rid in enumerate(ids):
        if rid != f"hd26-{i:03d}":
            errors.append(f"id out of sequence at {i}: {rid}")
    for r in rows:
        check_row(r, errors)

    by_type, by_region, by_style, by_source = (collections.Counter() for _ in range(4))
    by_type_region = collections.Counter()
    n_ids = 0
    iban_good = iban_bad = 0
    clinical = 0
    for r in rows:
        by_style[r["style"]] += 1
        by_source[r["source"]] += 1
        if any(CLINICAL_HINTS.search(k) for k in r["keep"]):
            clinical += 1
        for ident in r["identifiers"]:
            n_ids += 1
            by_type[ident["type"]] += 1
            by_region[ident["region"]] += 1
            by_type_region[(ident["type"], ident["region"])] += 1
            if ident["type"] == "ACCOUNT_NUMBER":
                ok = iban_ok(ident["text"])
                if ok is True:
                    iban_good += 1
                elif ok is False:
                    iban_bad += 1

    n = len(rows)
    print(f"messages: {n}")
    print(f"identifiers: {n_ids}")
    print("by region:", dict(by_region))
    print("by type (US/INTL):")
    for t in sorted(TYPES):
        print(f"  {t:24s} {by_type[t]:5d}  (US {by_type_region[(t,'US')]}, INTL {by_type_region[(t,'INTL')]})")
    print("by style:")
    for s, c in sorted(by_style.items()):
        print(f"  {s:16s} {c}")
    print("by source:", dict(by_source), f"hand share {by_source['hand']/max(n,1):.1%}")
    print(f"IBANs with valid checksum: {iban_good}, invalid: {iban_bad}")
    print(f"messages with a clinical-looking keep word (heuristic): {clinical} ({clinical/max(n,1):.0%})")

    targets = [
        ("about 450 messages (420-500)", 420 <= n <= 500),
        ("identifiers >= 1500", n_ids >= 1500),
        ("US >= 1000", by_region["US"] >= 1000),
        ("INTL >= 450", by_region["INTL"] >= 450),
        ("ACCOUNT_NUMBER >= 60", by_type["ACCOUNT_NUMBER"] >= 60),
        ("hand share >= 40%", by_source["hand"] >= 0.4 * n),
        ("IBAN checksums valid", iban_bad == 0),
    ] + [(f"{t} >= 40", by_type[t] >= 40) for t in sorted(TYPES)] + \
        [(f"style {s} >= 20", c >= 20) for s, c in sorted(by_style.items())]
    failed = [name for name, ok in targets if not ok]
    for e in errors[:200]:
        print("ERROR", e)
    print(f"structural errors: {len(errors)}")
    print("targets failed:", failed if failed else "none")
    return 0 if not errors and not failed else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
