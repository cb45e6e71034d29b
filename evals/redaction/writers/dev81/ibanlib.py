"""Small helpers shared by the dev81 scripts: IBAN check digits, Luhn, formatting."""
import random
import string

IBAN_LENGTHS = {  # country: (length, bban pattern: n=digit, a=upper letter, c=alnum)
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaa" + "n" * 10,
    "PL": "n" * 24,
    "BE": "n" * 12,
    "CH": "n" * 5 + "c" * 12,
    "AT": "n" * 16,
    "PT": "n" * 21,
    "IE": "aaaa" + "n" * 14,
    "TR": "n" * 5 + "0" + "c" * 16,
    "SA": "nn" + "c" * 18,
    "BR": "n" * 23 + "a" + "c",
    "MX": None,  # no IBAN in Mexico
}


def _to_digits(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban_check_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    return int(_to_digits(s[4:] + s[:4])) % 97 == 1


def make_iban(country, rng):
    pat = IBAN_LENGTHS[country]
    out = []
    for p in pat:
        if p == "n":
            out.append(rng.choice(string.digits))
        elif p == "a":
            out.append(rng.choice(string.ascii_uppercase))
        elif p == "c":
            out.append(rng.choice(string.digits + string.ascii_uppercase))
        else:
            out.append(p)
    bban = "".join(out)
    check = 98 - int(_to_digits(bban + country + "00")) % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_check_ok(iban)
    return iban


def spaced(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def make_card(rng, prefix="4", length=16, valid=True):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for last in string.digits:
        if luhn_ok(body + last) == valid:
            return body + last
    return body + "0"
