"""Per-message checks shared by build.py (to reject bad template fills) and check_hand.py.
validate.py re-implements its checks independently."""
import re, unicodedata

NO_SPACE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


def _nospace(ch):
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return False
    return name.startswith(NO_SPACE_SCRIPTS)


def _word(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def boundary_ok(text, s, e):
    val = text[s:e]
    if s > 0 and _word(text[s - 1]) and _word(val[0]) and not (_nospace(text[s - 1]) or _nospace(val[0])):
        return False
    if e < len(text) and _word(text[e]) and _word(val[-1]) and not (_nospace(text[e]) or _nospace(val[-1])):
        return False
    return True


def check_message(m):
    probs = []
    t = m["text"]
    spans = []
    for i in m["identifiers"]:
        occ = occurrences(t, i["text"])
        if not occ:
            probs.append(f"identifier not in text: {i['text']!r}")
        for s, e in occ:
            if not boundary_ok(t, s, e):
                probs.append(f"identifier not on word boundary: {i['text']!r} at {s}")
        if i["text"] != i["text"].strip():
            probs.append(f"identifier has outer whitespace: {i['text']!r}")
        spans += occ
    for k in m["keep"]:
        occ = occurrences(t, k)
        if not occ:
            probs.append(f"keep not in text: {k!r}")
        for s, e in occ:
            if any(s < e2 and s2 < e for s2, e2 in spans):
                probs.append(f"keep overlaps identifier: {k!r}")
    return probs
