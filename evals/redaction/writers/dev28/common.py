"""Shared checks used by build.py (per-message retry) and validate.py."""
import re

KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def is_word(c):
    return c.isalnum() and ord(c) < 0x2E80  # CJK/kana have no word spaces


def message_errors(row):
    errs = []
    text = row["text"]
    ids = row["identifiers"]
    if not ids:
        errs.append("no identifiers")
    if not row["keep"]:
        errs.append("no keep words")
    id_spans = []
    for ident in ids:
        if set(ident) != {"text", "type", "region"}:
            errs.append(f"identifier keys {sorted(ident)}")
        if ident["type"] not in TYPES:
            errs.append(f"bad type {ident['type']}")
        if ident["region"] not in ("US", "INTL"):
            errs.append(f"bad region {ident['region']}")
        if ident["text"] != ident["text"].strip() or not ident["text"]:
            errs.append(f"identifier has outer whitespace {ident['text']!r}")
        occ = occurrences(text, ident["text"])
        if not occ:
            errs.append(f"identifier not substring {ident['text']!r}")
        id_spans += [(s, e, ident["text"]) for s, e in occ]
    # every identifier occurrence must be on word boundaries, unless it sits inside another identifier
    for s, e, t in id_spans:
        inside = any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in id_spans)
        if inside:
            continue
        if (s > 0 and is_word(text[s - 1]) and is_word(text[s])) or (e < len(text) and is_word(text[e]) and is_word(text[e - 1])):
            errs.append(f"identifier {t!r} occurs inside a word at {s}")
    for k in row["keep"]:
        kocc = occurrences(text, k)
        if not kocc:
            errs.append(f"keep not substring {k!r}")
        for ks, ke in kocc:
            for s, e, t in id_spans:
                if ks < e and s < ke:
                    errs.append(f"keep {k!r} overlaps identifier {t!r}")
        for ident in ids:
            if ident["text"] in k:
                errs.append(f"identifier {ident['text']!r} appears inside keep {k!r}")
    if len({(i['text']) for i in ids}) != len(ids):
        errs.append("duplicate identifier text")
    return errs
