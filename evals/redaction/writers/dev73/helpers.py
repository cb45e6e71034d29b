"""Small helpers shared by build.py and validate.py (IBAN / Luhn)."""
import random

def iban_checksum_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1

def make_iban(country, bban):
    s = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in s.upper())
    check = 98 - int(n) % 97
    return f"{country}{check:02d}{bban}"

def group4(s):
    return " ".join(s[i:i+4] for i in range(0, len(s), 4))

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        total += x
    return total % 10 == 0

def make_card(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

BBAN_SHAPES = {  # country: (length of bban, kind) kind n=digits, a=alnum upper
    "DE": "n18", "GB": "A4n14", "FR": "n23", "ES": "n20", "IT": "A1n22", "NL": "A4n10",
    "PL": "n24", "BE": "n12", "CH": "n17", "AT": "n16", "PT": "n21", "IE": "A4n14",
    "TR": "n22", "SA": "n20", "BR": "n25", "MX": None,
}

def random_bban(country, rng):
    shape = BBAN_SHAPES[country]
    out = ""
    i = 0
    import re
    for kind, cnt in re.findall(r"([An])(\d+)", shape):
        for _ in range(int(cnt)):
            out += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "A" else str(rng.randint(0, 9))
    if country == "BR":
        out = out[:23] + rng.choice("CP") + rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")[:1]
        out = out[:25]
    return out
