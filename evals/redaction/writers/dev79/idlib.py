"""Small helpers shared by the dev79 scripts: IBAN check digits, Luhn, ABA routing checksum."""
import random

IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "PL": 28, "BE": 16, "PT": 25,
            "IE": 22, "CH": 21, "AT": 20, "BR": 29, "TR": 26, "SA": 24, "AE": 23, "SE": 24, "NO": 15,
            "DK": 18, "FI": 18, "LU": 20, "GR": 27, "MX": None}


def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    if s[:2] in IBAN_LEN and IBAN_LEN[s[:2]] and len(s) != IBAN_LEN[s[:2]]:
        return False
    return _num(s[4:] + s[:4]) % 97 == 1


def make_iban(cc, bban):
    cd = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{cd:02d}{bban}"


BBAN_SHAPE = {  # d = digit, a = upper letter, c = alnum
    "DE": "d" * 18, "FR": "d" * 10 + "c" * 11 + "dd", "ES": "d" * 20, "IT": "a" + "d" * 10 + "c" * 12,
    "NL": "aaaa" + "d" * 10, "GB": "aaaa" + "d" * 14, "PL": "d" * 24, "BE": "d" * 12, "PT": "d" * 21,
    "IE": "aaaa" + "d" * 14, "CH": "d" * 17, "AT": "d" * 16, "BR": "d" * 23 + "ac", "TR": "d" * 22,
    "SA": "d" * 20, "AE": "d" * 19, "SE": "d" * 20, "NO": "d" * 11, "DK": "d" * 14, "FI": "d" * 14,
    "LU": "d" * 16, "GR": "d" * 23,
}


def random_iban(cc, rng=random):
    out = []
    for ch in BBAN_SHAPE[cc]:
        if ch == "d":
            out.append(rng.choice("0123456789"))
        elif ch == "a":
            out.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        else:
            out.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    return make_iban(cc, "".join(out))


def spaced(iban):
    s = iban.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_card(prefix, length, rng=random):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def aba_ok(r):
    if len(r) != 9 or not r.isdigit():
        return False
    w = [3, 7, 1] * 3
    return sum(int(a) * b for a, b in zip(r, w)) % 10 == 0
