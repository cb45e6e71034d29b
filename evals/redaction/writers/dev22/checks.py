"""Checks shared by build.py (to reject bad template draws) and validate.py."""
import re

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out


def iban_ok(s):
    t = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", t):
        return None  # not an IBAN
    t = t[4:] + t[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def luhn_ok(s):
    d = [int(x) for x in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0


def problems(m):
    """Return a list of error strings for one message dict (jsonl form)."""
    errs, text = [], m["text"]
    seen = {}
    for it in m["identifiers"]:
        if set(it) != {"text", "type", "region"}: errs.append(f"bad keys {it}")
        if it["type"] not in TYPES: errs.append(f"bad type {it['type']}")
        if it["region"] not in REGIONS: errs.append(f"bad region {it['region']}")
        if it["text"] not in text: errs.append(f"identifier not verbatim: {it['text']!r}")
        if it["text"] != it["text"].strip() or not it["text"]: errs.append(f"untrimmed identifier {it['text']!r}")
        if it["text"] in seen and seen[it["text"]] != it["type"]: errs.append(f"same text two types {it['text']!r}")
        seen[it["text"]] = it["type"]
        if it["type"] == "ACCOUNT_NUMBER" and iban_ok(it["text"]) is False: errs.append(f"IBAN checksum fails {it['text']!r}")
    id_spans = [sp for it in m["identifiers"] for sp in occurrences(text, it["text"])]
    for k in m["keep"]:
        if k not in text: errs.append(f"keep not verbatim: {k!r}")
        if k in seen: errs.append(f"keep equals identifier: {k!r}")
        for a, b in occurrences(text, k):
            for c, d in id_spans:
                if a < d and c < b: errs.append(f"keep {k!r} overlaps identifier {text[c:d]!r}")
    # an identifier occurrence glued inside a longer word (e.g. 'Al' in 'Alzheimer') is an error
    # unless it sits inside another identifier occurrence
    for it in m["identifiers"]:
        s = it["text"]
        for a, b in occurrences(text, s):
            inside = any(c <= a and b <= d and (d - c) > (b - a) for c, d in id_spans)
            if inside: continue
            left = text[a - 1] if a > 0 else " "
            right = text[b] if b < len(text) else " "
            if (s[0].isalnum() and left.isalnum()) or (s[-1].isalnum() and right.isalnum()):
                errs.append(f"identifier {s!r} occurs inside a longer word")
    return errs
