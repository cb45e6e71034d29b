"""Markup parser and per-message checks shared by build.py and validate.py.

Markup:  [[T|value]] or [[T@I|value]] / [[T@U|value]]  -> identifier (value is kept in the text)
         <<word>>                                       -> keep entry
Type codes: P PERSON, L LOCATION, T PHONE_NUMBER, E EMAIL_ADDRESS, W URL, S US_SSN,
            M MEDICAL_RECORD_NUMBER, D DATE_OF_BIRTH, A ACCOUNT_NUMBER
"""
import re
import unicodedata

from vocab import CLINICAL

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "W": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
REG = {"U": "US", "I": "INTL"}

MARK = re.compile(r"\[\[([A-Za-z])(?:@([UIui]))?\|(.+?)\]\]|<<(.+?)>>", re.S)


def parse(markup, default_region):
    """Return (text, identifiers, keep)."""
    out, ids, keep, pos = [], [], [], 0
    for m in MARK.finditer(markup):
        out.append(markup[pos:m.start()])
        if m.group(1):
            code, reg, val = m.group(1).upper(), (m.group(2) or default_region).upper(), m.group(3)
            out.append(val)
            item = {"text": val, "type": TYPES[code], "region": REG[reg]}
            if all(i["text"] != val for i in ids):
                ids.append(item)
            else:
                prev = [i for i in ids if i["text"] == val][0]
                if prev["type"] != item["type"]:
                    raise ValueError(f"same text two types: {val!r}")
        else:
            k = m.group(4)
            out.append(k)
            if k not in keep:
                keep.append(k)
        pos = m.end()
    out.append(markup[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
        raise ValueError("leftover markup: " + text[:120])
    return text, ids, keep


# ---------------------------------------------------------------- checks
def is_cjk(ch):
    if not ch:
        return False
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or
            0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F or
            0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF or 0x3000 <= o <= 0x303F)


def is_word(ch):
    if not ch:
        return False
    return ch.isalnum() or ch == "_" or unicodedata.category(ch) in ("Mn", "Mc")


def boundary_ok(text, s, e):
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    first, last = text[s], text[e - 1]
    ok_b = (not is_word(before)) or (not is_word(first)) or is_cjk(before) or is_cjk(first)
    ok_a = (not is_word(after)) or (not is_word(last)) or is_cjk(after) or is_cjk(last)
    return ok_b and ok_a


def occurrences(text, sub, ci=False):
    if ci:
        t, s = text.casefold(), sub.casefold()
        if len(t) != len(text) or len(s) != len(sub):  # casefold changed length (e.g. ß); fall back
            t, s = text.lower(), sub.lower()
            if len(t) != len(text):
                t, s = text, sub
    else:
        t, s = text, sub
    res, i = [], t.find(s)
    while i >= 0:
        res.append((i, i + len(s)))
        i = t.find(s, i + 1)
    return res


def mod97(iban):
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return None
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def aba_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * x for c, x in zip(d, w)) % 10 == 0


def luhn_ok(num):
    d = [int(c) for c in re.sub(r"\D", "", num)][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


_CLIN_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(c.lower()) for c in CLINICAL) + r")(?!\w)")


def is_clinical(k):
    return bool(_CLIN_RE.search(k.lower()))


IBAN_LIKE = re.compile(r"^[A-Za-z]{2}\d{2}[\sA-Za-z0-9]{10,40}$")


def check_record(rec):
    """Return list of error strings for one record."""
    errs = []
    text, ids, keep = rec["text"], rec["identifiers"], rec["keep"]
    if not keep:
        errs.append("no keep words")
    seen = set()
    spans = []  # (s, e, idx)
    for n, it in enumerate(ids):
        t = it["text"]
        if t in seen:
            errs.append(f"duplicate identifier {t!r}")
        seen.add(t)
        if t != t.strip() or not t:
            errs.append(f"identifier has outer whitespace {t!r}")
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not substring {t!r}")
        for s, e in occ:
            spans.append((s, e, n))
        if it["type"] not in TYPES.values():
            errs.append("bad type " + it["type"])
        if it["region"] not in ("US", "INTL"):
            errs.append("bad region")
    covered = [False] * (len(text) + 1)
    for s, e, _ in spans:
        for i in range(s, e):
            covered[i] = True

    def inside_other(s, e, n):
        return any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2, n2 in spans if n2 != n)

    for n, it in enumerate(ids):
        t = it["text"]
        for s, e in occurrences(text, t):
            if not boundary_ok(text, s, e) and not inside_other(s, e, n):
                errs.append(f"identifier not on word boundary {t!r} at {s}")
        # ordinary (any-case) occurrences elsewhere must be covered by identifier spans
        for s, e in occurrences(text, t, ci=True):
            if boundary_ok(text, s, e) and not all(covered[i] for i in range(s, e)):
                errs.append(f"identifier {t!r} also appears uncovered at {s}: {text[s:e]!r}")
    for k in keep:
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not substring {k!r}")
        for s, e in occ:
            if any(covered[i] for i in range(s, e)):
                errs.append(f"keep overlaps identifier {k!r}")
                break
    # checksums
    for it in ids:
        if it["type"] != "ACCOUNT_NUMBER":
            continue
        t = it["text"]
        if IBAN_LIKE.match(t) and re.search(r"\d{6}", re.sub(r"\s", "", t)):
            ok = mod97(t)
            if ok is False or ok is None:
                errs.append(f"IBAN fails mod-97 {t!r}")
            if it["region"] != "INTL":
                errs.append(f"IBAN not INTL {t!r}")
        digits = re.sub(r"\D", "", t)
        if len(digits) == 9 and re.fullmatch(r"[\d\s-]+", t):
            for s, e in occurrences(text, t):
                pre = text[max(0, s - 30):s]
                pre = re.split(r"\d", pre)[-1]
                if re.search(r"routing|aba|rtn|transit", pre, re.I):
                    if not aba_ok(digits):
                        errs.append(f"routing fails ABA {t!r}")
    for it in ids:
        if it["type"] == "US_SSN" and it["region"] != "US":
            errs.append("SSN not US")
    return errs
