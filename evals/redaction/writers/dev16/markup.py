"""Markup parser and checksum helpers for the dev16 redaction eval file.

Markup used in hand-written messages and templates:
  [CODE:value]     an identifier; CODE in P L PH E U SSN MRN DOB ACCT
  [CODE@I:value]   force region INTL;  [CODE@U:value] force region US
  {word}           a keep word (must survive redaction); {+word} marks a clinical keep word
IBANs may be written with '??' as check digits; they are filled in with the real mod-97 digits.
"""
import re

CODES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ACCT": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[(P|L|PH|E|U|SSN|MRN|DOB|ACCT)(@[IU])?:(.*?)\]|\{(\+?)(.*?)\}", re.S)


def iban_check_digits(country, bban):
    s = (bban + country + "00").upper()
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def fill_iban(v):
    """Replace '??' check digits in an IBAN-looking string, keeping its spacing and case."""
    if "??" not in v:
        return v
    m = re.match(r"([A-Za-z]{2})\?\?(.*)$", v, re.S)
    country, rest = m.group(1), m.group(2)
    bban = re.sub(r"\s", "", rest)
    return country + iban_check_digits(country.upper(), bban) + rest


def luhn_ok(num):
    d = [int(c) for c in re.sub(r"\D", "", num)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


def aba_ok(r):
    d = [int(c) for c in r]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def aba_complete(eight):
    for c in "0123456789":
        if aba_ok(eight + c):
            return eight + c


def parse(markup, default_region, transform=None):
    """Return (text, identifiers, keep, clinical). transform (e.g. str.lower) is applied to every piece."""
    tr = transform or (lambda s: s)
    out, ids, keep, clinical = [], [], [], set()
    pos = 0
    for m in TOKEN.finditer(markup):
        out.append(tr(markup[pos:m.start()]))
        if m.group(1):
            typ = CODES[m.group(1)]
            reg = {"@I": "INTL", "@U": "US"}.get(m.group(2), default_region)
            val = m.group(3)
            if typ == "ACCOUNT_NUMBER":
                val = fill_iban(val)
            val = tr(val)
            out.append(val)
            if not any(i["text"] == val and i["type"] == typ for i in ids):
                ids.append({"text": val, "type": typ, "region": reg})
        else:
            k = tr(m.group(5))
            out.append(k)
            if m.group(4):
                clinical.add(k)
            if k not in keep:
                keep.append(k)
        pos = m.end()
    out.append(tr(markup[pos:]))
    text = "".join(out)
    if "[" in text or "{" in text or "]" in text or "}" in text:
        raise ValueError("stray markup in: " + text[:120])
    return text, ids, keep, clinical


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\u1100-\u11ff]")


def _isword(c):
    return c.isalnum() or c == "_"


def _occ(text, s, flags=0):
    return [(m.start(), m.start() + len(s)) for m in re.finditer(re.escape(s), text, flags)]


def check_message(t, identifiers, keep):
    """Per-message hard checks; returns a list of error strings."""
    errs = []
    spans = []
    seen = set()
    for i in identifiers:
        s = i["text"]
        if s in seen:
            errs.append("duplicate identifier %r" % s)
        seen.add(s)
        if not s or s != s.strip():
            errs.append("identifier empty/outer whitespace %r" % s)
        if s not in t:
            errs.append("identifier not in text %r" % s)
        spans += [(a, b, s) for a, b in _occ(t, s)]

    def inside_other(a, b, s):
        return any(x <= a and b <= y and (y - x) > (b - a) for x, y, s2 in spans if s2 != s)

    for i in identifiers:
        s = i["text"]
        if not s:
            continue
        for a, b in _occ(t, s):
            if inside_other(a, b, s):
                continue
            if a > 0 and _isword(t[a - 1]) and _isword(s[0]) and not (CJK.match(s[0]) or CJK.match(t[a - 1])):
                errs.append("identifier %r starts inside a word" % s)
            if b < len(t) and _isword(t[b]) and _isword(s[-1]) and not (CJK.match(s[-1]) or CJK.match(t[b])):
                errs.append("identifier %r ends inside a word" % s)
        if not CJK.search(s):
            exact = set(_occ(t, s))
            for a, b in _occ(t, s, re.I):
                if (a, b) in exact or inside_other(a, b, s):
                    continue
                if (a == 0 or not _isword(t[a - 1])) and (b == len(t) or not _isword(t[b])):
                    errs.append("identifier %r also occurs as ordinary word %r" % (s, t[a:b]))
        if i["type"] == "ACCOUNT_NUMBER":
            comp = re.sub(r"\s", "", s)
            if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{8,30}", comp) and not iban_valid(s):
                errs.append("IBAN checksum fails %r" % s)
        if i["type"] == "US_SSN":
            d = re.sub(r"\D", "", s)
            if len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
                errs.append("bad SSN %r" % s)
    if len(set(keep)) != len(keep):
        errs.append("duplicate keep")
    for k in keep:
        if not k or k not in t:
            errs.append("keep not in text %r" % k)
        for a, b in _occ(t, k):
            for x, y, s in spans:
                if a < y and x < b:
                    errs.append("keep %r overlaps identifier %r" % (k, s))
    return errs
