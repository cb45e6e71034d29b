"""Shared checks used by validate.py (and by build.py while writing)."""
import re

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


def on_boundary(text, s, e):
    sub = text[s:e]
    if sub[0].isalnum() and s > 0 and text[s - 1].isalnum():
        return False
    if sub[-1].isalnum() and e < len(text) and text[e].isalnum():
        return False
    return True


def iban_ok(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def message_errors(rec):
    errs = []
    text = rec["text"]
    spans = []
    for ident in rec["identifiers"]:
        t = ident.get("text", "")
        if set(ident) != {"text", "type", "region"}:
            errs.append(f"identifier keys {sorted(ident)}")
        if ident.get("type") not in TYPES:
            errs.append(f"bad type {ident.get('type')}")
        if ident.get("region") not in REGIONS:
            errs.append(f"bad region {ident.get('region')}")
        if not t or t != t.strip():
            errs.append(f"empty or padded identifier {t!r}")
            continue
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not in text: {t!r}")
        for s, e in occ:
            if not on_boundary(text, s, e):
                errs.append(f"identifier occurrence not on word boundary: {t!r} at {s}")
        spans.extend(occ)
        compact = t.replace(" ", "")
        if ident.get("type") == "ACCOUNT_NUMBER" and re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}", compact):
            if not iban_ok(compact):
                errs.append(f"IBAN checksum fails: {t!r}")
    for k in rec["keep"]:
        if not k or k != k.strip():
            errs.append(f"empty or padded keep {k!r}")
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not in text: {k!r}")
        for s, e in occ:
            for a, b in spans:
                if s < b and a < e:
                    errs.append(f"keep {k!r} overlaps identifier {text[a:b]!r}")
    return errs
