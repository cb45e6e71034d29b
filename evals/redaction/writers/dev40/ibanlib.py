"""Tiny IBAN / Luhn helpers (own code, no external lists)."""
import random, string

SPEC = {  # country: list of (kind, length) after the check digits; n=digits, a=upper letters, c=alnum
    "DE": [("n", 8), ("n", 10)], "GB": [("a", 4), ("n", 6), ("n", 8)], "FR": [("n", 5), ("n", 5), ("c", 11), ("n", 2)],
    "ES": [("n", 4), ("n", 4), ("n", 2), ("n", 10)], "IT": [("a", 1), ("n", 5), ("n", 5), ("c", 12)],
    "NL": [("a", 4), ("n", 10)], "PL": [("n", 8), ("n", 16)], "TR": [("n", 5), ("n", 1), ("c", 16)],
    "BR": [("n", 8), ("n", 5), ("n", 10), ("a", 1), ("c", 1)], "AT": [("n", 5), ("n", 11)], "BE": [("n", 3), ("n", 7), ("n", 2)],
    "PT": [("n", 4), ("n", 4), ("n", 11), ("n", 2)], "IE": [("a", 4), ("n", 6), ("n", 8)], "CH": [("n", 5), ("c", 12)],
}

def _chars(kind, k, rnd):
    pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits * 3 + string.ascii_uppercase}[kind]
    return "".join(rnd.choice(pool) for _ in range(k))

def check_digits(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)

def iban_valid(text):
    s = "".join(text.split()).upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False

def make_iban(cc, rnd=random):
    bban = "".join(_chars(k, n, rnd) for k, n in SPEC[cc])
    return cc + check_digits(cc, bban) + bban

def fmt_iban(iban, style):
    if style == "spaced":
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if style == "lower_spaced":
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()
    if style == "lower":
        return iban.lower()
    if style == "dashed":
        return "-".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban

def luhn_complete(prefix, length, rnd=random):
    body = prefix + "".join(rnd.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)
