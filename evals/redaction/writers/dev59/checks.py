"""Per-message checks shared by build.py (to reject a bad template draw) and validate.py."""
import re

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def on_boundary(text, s, e):
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


def check_message(m, id_pattern=None):
    errs = []
    if set(m) != KEYS:
        errs.append(f"keys {sorted(m)}")
        return errs
    if id_pattern and not re.fullmatch(id_pattern, m["id"]):
        errs.append(f"bad id {m['id']}")
    if m["source"] not in ("hand", "template"):
        errs.append(f"bad source {m['source']}")
    if not isinstance(m["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", m["style"]):
        errs.append(f"bad style {m['style']!r}")
    text = m["text"]
    if not isinstance(text, str) or not text.strip():
        errs.append("empty text")
        return errs
    if not isinstance(m["identifiers"], list) or not m["identifiers"]:
        errs.append("no identifiers")
    spans = []
    for ident in m["identifiers"]:
        if set(ident) != {"text", "type", "region"}:
            errs.append(f"identifier keys {sorted(ident)}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            errs.append(f"bad type {ident['type']}")
        if ident["region"] not in REGIONS:
            errs.append(f"bad region {ident['region']}")
        if not t or t != t.strip():
            errs.append(f"identifier has outer whitespace or is empty: {t!r}")
            continue
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not in text: {t!r}")
        for s, e in occ:
            if not on_boundary(text, s, e):
                errs.append(f"identifier {t!r} at {s} not on a word boundary: {text[max(0, s - 8):e + 8]!r}")
        spans.extend(occ)
    if not isinstance(m["keep"], list):
        errs.append("keep not a list")
        return errs
    for k in m["keep"]:
        if not isinstance(k, str) or not k:
            errs.append(f"bad keep {k!r}")
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not in text: {k!r}")
        for s, e in occ:
            for a, b in spans:
                if s < b and a < e:
                    errs.append(f"keep {k!r} overlaps identifier text {text[a:b]!r}")
    return errs
