"""Helpers: IBAN checksum and Luhn, shared by build.py and validate.py."""
import re

IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "PL": 28, "BR": 29, "TR": 26,
            "PT": 25, "BE": 16, "AT": 20, "CH": 21, "IE": 22, "SA": 24, "MX": None}

def iban_valid(s):
    s = re.sub(r"\s+", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1

def make_iban(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r.upper())
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"

def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
