"""Shared helpers for build.py and validate.py (neg1)."""
import re

from words import NAME_WORDS, PLACE_NAMES

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}

_word_alt = "|".join(sorted((re.escape(w) for w in NAME_WORDS), key=len, reverse=True))
# a name-word token: not glued to letters/digits, and not the "don" of "don't"
NAME_WORD_RE = re.compile(r"(?<![^\W_])(" + _word_alt + r")(?![^\W_])(?!['\u2019]t\b)",
                          re.IGNORECASE)
_place_alt = "|".join(re.escape(w) for w in PLACE_NAMES)
PLACE_RE = re.compile(r"(?<![^\W_])(" + _place_alt + r")(?![^\W_])", re.IGNORECASE)


def occurrences(text, sub, ignore_case=False):
    """All start offsets of sub in text (overlapping allowed)."""
    if not sub:
        return []
    hay, needle = (text.lower(), sub.lower()) if ignore_case else (text, sub)
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def on_word_boundary(text, s, e):
    """True if the span [s, e) does not cut a word (letters or digits) in two."""
    if text[s].isalnum() and s > 0 and text[s - 1].isalnum():
        return False
    if text[e - 1].isalnum() and e < len(text) and text[e].isalnum():
        return False
    return True


def in_contraction(text, s, e):
    """True if the span is followed by 't (the Don of Don't)."""
    return text[e:e + 2].lower() in ("'t", "\u2019t")


def identifier_spans(text, identifiers):
    """Every occurrence of every identifier text: list of (start, end, type)."""
    spans = []
    for ident in identifiers:
        for s in occurrences(text, ident["text"]):
            spans.append((s, s + len(ident["text"]), ident["type"]))
    return spans


def overlaps(a0, a1, spans):
    return [sp for sp in spans if a0 < sp[1] and sp[0] < a1]


def name_word_uses(text, identifiers):
    """Per name-word token: (word, 'name' | 'word' | 'other'), judged by the identifier spans.
    'name' = inside a PERSON identifier occurrence; 'other' = inside another identifier;
    'word' = in no identifier at all."""
    spans = identifier_spans(text, identifiers)
    uses = []
    for m in NAME_WORD_RE.finditer(text):
        hit = overlaps(m.start(), m.end(), spans)
        if not hit:
            kind = "word"
        elif any(t == "PERSON" for _, _, t in hit):
            kind = "name"
        else:
            kind = "other"
        uses.append((m.group(1).lower(), kind))
    return uses


def place_uses(text, identifiers):
    spans = identifier_spans(text, identifiers)
    uses = []
    for m in PLACE_RE.finditer(text):
        hit = overlaps(m.start(), m.end(), spans)
        if any(t == "PERSON" for _, _, t in hit):
            kind = "name"
        elif any(t == "LOCATION" for _, _, t in hit):
            kind = "place"
        else:
            kind = "other"
        uses.append((m.group(1).lower(), kind))
    return uses
