"""Shared per-message checks (used by build.py while generating, and by validate.py)."""
import re

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
STYLE_RE = re.compile(r"^[a-z]+(_[a-z]+)*$")


def _is_word(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def on_boundary(text, start, end):
    """True if text[start:end] is not glued to a neighbouring word character."""
    sub = text[start:end]
    if _is_word(sub[0]) and start > 0 and _is_word(text[start - 1]):
        return False
    if _is_word(sub[-1]) and end < len(text) and _is_word(text[end]):
        return False
    return True


def message_problems(rec):
    """Return a list of problems with one record (empty list = fine)."""
    probs = []
    if set(rec) != KEYS:
        probs.append(f"keys {sorted(rec)}")
        return probs
    text = rec["text"]
    if not isinstance(text, str) or not text.strip():
        probs.append("empty text")
        return probs
    if rec["source"] not in ("hand", "template"):
        probs.append(f"bad source {rec['source']!r}")
    if not isinstance(rec["style"], str) or not STYLE_RE.match(rec["style"]):
        probs.append(f"bad style {rec['style']!r}")
    if not isinstance(rec["identifiers"], list) or not isinstance(rec["keep"], list):
        probs.append("identifiers/keep not lists")
        return probs
    id_spans = []
    seen = set()
    for ident in rec["identifiers"]:
        if not isinstance(ident, dict) or set(ident) != {"text", "type", "region"}:
            probs.append(f"bad identifier object {ident!r}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            probs.append(f"bad type {ident['type']!r}")
        if ident["region"] not in REGIONS:
            probs.append(f"bad region {ident['region']!r}")
        if not t or t != t.strip():
            probs.append(f"identifier empty or padded {t!r}")
            continue
        if (t, ident["type"]) in seen:
            probs.append(f"duplicate identifier {t!r}")
        seen.add((t, ident["type"]))
        occ = occurrences(text, t)
        if not occ:
            probs.append(f"identifier not in text {t!r}")
        for s, e in occ:
            if not on_boundary(text, s, e):
                probs.append(f"identifier {t!r} not on word boundary at {s}: ...{text[max(0, s - 8):e + 8]!r}")
        id_spans.extend(occ)
    for k in rec["keep"]:
        if not isinstance(k, str) or not k.strip():
            probs.append(f"bad keep {k!r}")
            continue
        occ = occurrences(text, k)
        if not occ:
            probs.append(f"keep not in text {k!r}")
        for s, e in occ:
            for a, b in id_spans:
                if s < b and a < e:
                    probs.append(f"keep {k!r} overlaps identifier at {s}")
                    break
    if len(rec["keep"]) != len(set(rec["keep"])):
        probs.append("duplicate keep")
    return probs
