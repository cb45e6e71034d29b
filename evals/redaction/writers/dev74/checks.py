"""Checks shared by build.py (to reject a bad template draw) and validate.py."""
import re

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
STYLE_RE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def is_cjk(ch):
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF
            or 0x3130 <= o <= 0x318F or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF or 0x3000 <= o <= 0x303F)


def is_word(ch):
    return ch.isalnum() or ch == "_"


def joined(a, b):
    """True if a and b would be read as one word (no boundary between them).
    Scripts written without spaces (CJK, kana, hangul) are exempt."""
    return is_word(a) and is_word(b) and not (is_cjk(a) or is_cjk(b))


def iban_ok(s):
    v = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", v):
        return None  # not an IBAN
    r = v[4:] + v[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


def check_message(m):
    """Returns a list of problems (empty if the message is fine)."""
    errs = []
    text = m.get("text")
    if not isinstance(text, str) or not text.strip():
        return ["empty text"]
    if not isinstance(m.get("style"), str) or not STYLE_RE.match(m["style"]):
        errs.append(f"bad style {m.get('style')!r}")
    if m.get("source") not in ("hand", "template"):
        errs.append("bad source")
    spans = []
    for ident in m.get("identifiers", []):
        t = ident.get("text")
        if set(ident) != {"text", "type", "region"}:
            errs.append(f"identifier keys {sorted(ident)}")
        if ident.get("type") not in TYPES:
            errs.append(f"bad type {ident.get('type')}")
        if ident.get("region") not in REGIONS:
            errs.append(f"bad region {ident.get('region')}")
        if not isinstance(t, str) or not t or t != t.strip():
            errs.append(f"identifier text empty or padded {t!r}"); continue
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not in text {t!r}"); continue
        for a, b in occ:
            if a > 0 and joined(text[a - 1], t[0]):
                errs.append(f"identifier {t!r} not on a word boundary (before) at {a}")
            if b < len(text) and joined(t[-1], text[b]):
                errs.append(f"identifier {t!r} not on a word boundary (after) at {b}")
            spans.append((a, b, t))
        if ident.get("type") == "ACCOUNT_NUMBER" and iban_ok(t) is False:
            errs.append(f"IBAN checksum fails {t!r}")
    for k in m.get("keep", []):
        if not isinstance(k, str) or not k.strip():
            errs.append(f"empty keep {k!r}"); continue
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not in text {k!r}")
        for a, b in occ:
            for x, y, t in spans:
                if a < y and x < b:
                    errs.append(f"keep {k!r} overlaps identifier {t!r}")
    return errs
