"""Shared helpers for neg3: message model, occurrence checks, name-word inference."""
import re

from lexicon import LEX

TYPE_CODES = {
    "P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
    "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ACC": "ACCOUNT_NUMBER",
}
TYPES = set(TYPE_CODES.values())
REGIONS = {"US", "INTL"}

TOKEN_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def occurrences(text, sub, ci=False):
    """All start offsets of sub in text (overlapping allowed)."""
    if not sub:
        return []
    hay, needle = (text.lower(), sub.lower()) if ci else (text, sub)
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def on_boundary(text, start, end):
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def lemma_of(token):
    """Map a token to a lexicon word, or None."""
    t = token.lower()
    if t.endswith("'s"):
        t = t[:-2]
    if "'" in t:
        return None
    if t in LEX:
        return t
    for suf in ("es", "s", "ed"):
        if t.endswith(suf) and t[: -len(suf)] in LEX:
            return t[: -len(suf)]
    return None


def name_words_in(text):
    """Lexicon words among the plain tokens of text (for a PERSON identifier)."""
    out = []
    for tok in TOKEN_RE.findall(text):
        t = tok.lower()
        if t.endswith("'s"):
            t = t[:-2]
        if t in LEX:
            out.append(t)
    return out


def id_occurrence_spans(text, identifiers):
    spans = []
    for ident in identifiers:
        for s in occurrences(text, ident["text"]):
            spans.append((s, s + len(ident["text"]), ident["text"]))
    return spans


def overlaps(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1
