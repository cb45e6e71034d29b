"""Shared checks for dev55 (used by build.py while generating and by validate.py on the final file)."""
import re

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
STYLE_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def is_word_char(c):
    return c.isalnum() or c == "_"


def occurrences(text, sub):
    """All start offsets of sub in text (overlapping allowed)."""
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def on_word_boundary(text, start, sub):
    end = start + len(sub)
    if is_word_char(sub[0]) and start > 0 and is_word_char(text[start - 1]):
        return False
    if is_word_char(sub[-1]) and end < len(text) and is_word_char(text[end]):
        return False
    return True


def record_problems(rec):
    """Return a list of problem strings for one record (empty list = fine)."""
    probs = []
    if set(rec.keys()) != KEYS:
        probs.append(f"keys {sorted(rec.keys())}")
        return probs
    if not isinstance(rec["id"], str) or not isinstance(rec["text"], str) or not rec["text"].strip():
        probs.append("id/text not a non-empty string")
        return probs
    if not isinstance(rec["style"], str) or not STYLE_RE.match(rec["style"]):
        probs.append(f"bad style {rec['style']!r}")
    if rec["source"] not in ("hand", "template"):
        probs.append(f"bad source {rec['source']!r}")
    text = rec["text"]
    if not isinstance(rec["identifiers"], list) or not isinstance(rec["keep"], list):
        probs.append("identifiers/keep not lists")
        return probs
    spans = []
    seen = set()
    for ident in rec["identifiers"]:
        if not isinstance(ident, dict) or set(ident.keys()) != {"text", "type", "region"}:
            probs.append(f"identifier shape {ident!r}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            probs.append(f"bad type {ident['type']!r}")
        if ident["region"] not in REGIONS:
            probs.append(f"bad region {ident['region']!r}")
        if not isinstance(t, str) or not t or t != t.strip():
            probs.append(f"empty/padded identifier {t!r}")
            continue
        if t in seen:
            probs.append(f"duplicate identifier {t!r}")
        seen.add(t)
        occ = occurrences(text, t)
        if not occ:
            probs.append(f"identifier not in text {t!r}")
        for o in occ:
            if not on_word_boundary(text, o, t):
                probs.append(f"identifier {t!r} at {o} not on a word boundary")
            spans.append((o, o + len(t), t))
    kseen = set()
    for k in rec["keep"]:
        if not isinstance(k, str) or not k or k != k.strip():
            probs.append(f"empty/padded keep {k!r}")
            continue
        if k in kseen:
            probs.append(f"duplicate keep {k!r}")
        kseen.add(k)
        occ = occurrences(text, k)
        if not occ:
            probs.append(f"keep not in text {k!r}")
        for o in occ:
            for (a, b, t) in spans:
                if o < b and a < o + len(k):
                    probs.append(f"keep {k!r} at {o} overlaps identifier {t!r}")
    return probs
