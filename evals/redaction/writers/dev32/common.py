"""Shared markup parser and checks for dev32.

Markup used in hand-written files and in templates:
  ⟦X|text⟧   an identifier; X is one letter, optionally followed by 'u' (region US) or 'i' (INTL)
             P=PERSON L=LOCATION T=PHONE_NUMBER E=EMAIL_ADDRESS U=URL S=US_SSN
             M=MEDICAL_RECORD_NUMBER D=DATE_OF_BIRTH A=ACCOUNT_NUMBER
  ⟪text⟫     a keep word
Without a region letter the identifier takes the message's default region.
"""
import re
import unicodedata

TYPES = {
    "P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
    "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER",
}
ALL_TYPES = list(TYPES.values())
TOKEN = re.compile(r"⟦([A-Z])([iu]?)\|(.*?)⟧|⟪(.*?)⟫", re.S)


def parse(markup, default_region="US", transform=None):
    """Return (text, identifiers, keep). transform (e.g. str.lower) is applied to every piece of text."""
    tf = transform or (lambda s: s)
    out, ids, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(markup):
        out.append(tf(markup[pos:m.start()]))
        if m.group(1):
            t = tf(m.group(3))
            reg = {"u": "US", "i": "INTL", "": default_region}[m.group(2)]
            typ = TYPES[m.group(1)]
            out.append(t)
            if not any(d["text"] == t for d in ids):
                ids.append({"text": t, "type": typ, "region": reg})
        else:
            k = tf(m.group(4))
            out.append(k)
            if k not in keep:
                keep.append(k)
        pos = m.end()
    out.append(tf(markup[pos:]))
    text = "".join(out)
    if "⟦" in text or "⟧" in text or "⟪" in text or "⟫" in text:
        raise ValueError("unbalanced markup: " + text[:200])
    return text, ids, keep


def _is_boundary_char(ch):
    """A neighbour breaks the word boundary if it is a letter/digit of a space-separated script.
    CJK ideographs, kana and hangul are written without spaces, so they do not break it."""
    if not ch.isalnum():
        return False
    name = unicodedata.name(ch, "")
    if any(s in name for s in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")):
        return False
    return True


def occurrences(text, sub):
    res, i = [], text.find(sub)
    while i != -1:
        res.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return res


def check_message(obj):
    """Return a list of problems for one message object."""
    probs = []
    text = obj["text"]
    spans = []
    for d in obj["identifiers"]:
        t = d["text"]
        if not t or t != t.strip():
            probs.append(f"identifier has empty/outer whitespace: {t!r}")
        occ = occurrences(text, t)
        if not occ:
            probs.append(f"identifier not in text: {t!r}")
        spans += [(a, b, t) for a, b in occ]
    for a, b, t in spans:
        inside_other = any(a2 <= a and b <= b2 and (a2, b2) != (a, b) for a2, b2, _ in spans)
        if inside_other:
            continue
        if a > 0 and _is_boundary_char(text[a - 1]) and _is_boundary_char(text[a]):
            probs.append(f"identifier {t!r} not on a word boundary (left) at {a}")
        if b < len(text) and _is_boundary_char(text[b]) and _is_boundary_char(text[b - 1]):
            probs.append(f"identifier {t!r} not on a word boundary (right) at {b}")
    for k in obj["keep"]:
        occ = occurrences(text, k)
        if not occ:
            probs.append(f"keep not in text: {k!r}")
        for a, b in occ:
            for a2, b2, t in spans:
                if a < b2 and a2 < b:
                    probs.append(f"keep {k!r} overlaps identifier {t!r}")
    return probs
