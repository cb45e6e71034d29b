"""Shared helpers for the dev26 hand-written modules and templates."""
import random

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
         "U": "URL", "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH",
         "A": "ACCOUNT_NUMBER"}


def row(style, text, ids, keep, source="hand"):
    """ids: list of (text, short_type) or (text, short_type, 'I') for INTL."""
    out = []
    for t in ids:
        reg = "INTL" if len(t) > 2 and t[2] == "I" else "US"
        out.append({"text": t[0], "type": TYPES[t[1]], "region": reg})
    return {"style": style, "text": text, "identifiers": out, "keep": list(keep), "source": source}


def H(style, text, ids, keep):
    return row(style, text, ids, keep, "hand")


# ---------- IBAN ----------
def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s.upper())
    return "%02d" % (98 - int(num) % 97)


def iban(cc, bban, spaced=False, lower=False):
    code = cc + _iban_check(cc, bban) + bban
    if spaced:
        code = " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    return code.lower() if lower else code


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# ---------- Luhn ----------
def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(partial, sep=" "):
    """partial = all digits but the last; returns grouped 4-4-4-4 (or 4-6-5 for 15)."""
    n = partial + luhn_digit(partial)
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))
