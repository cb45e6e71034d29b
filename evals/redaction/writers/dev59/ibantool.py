"""Helpers: IBAN checksum and Luhn, used by build.py and to prepare values for hand files."""
import random

IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "PT": 25,
            "BE": 16, "AT": 20, "CH": 21, "IE": 22, "TR": 26, "SA": 24, "BR": 29, "SE": 24}

def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    return "%02d" % (98 - int(num) % 97)

def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

def make_bban(rng, country):
    n = IBAN_LEN[country] - 4
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if country == "GB" or country == "IE":
        return "".join(rng.choice(letters) for _ in range(4)) + "".join(rng.choice("0123456789") for _ in range(n - 4))
    if country == "NL":
        return "".join(rng.choice(letters) for _ in range(4)) + "".join(rng.choice("0123456789") for _ in range(n - 4))
    if country == "IT":
        return rng.choice(letters) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    if country == "BR":
        return "".join(rng.choice("0123456789") for _ in range(n - 2)) + rng.choice("CP") + rng.choice("123")
    return "".join(rng.choice("0123456789") for _ in range(n))

def make_iban(rng, country):
    bban = make_bban(rng, country)
    return country + iban_check(country, bban) + bban

def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

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

def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

def make_card(rng, prefix, length=16, valid=True):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    check = luhn_digit(body)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    return body + check

if __name__ == "__main__":
    rng = random.Random(5959)
    for c in ["DE", "FR", "GB", "ES", "IT", "NL", "PL", "PT", "BE", "AT", "CH", "IE", "TR", "SA", "BR", "SE", "DE", "GB", "NL", "FR"]:
        ib = make_iban(rng, c)
        print(ib, "|", group4(ib), iban_valid(ib))
    for p in ["4", "4", "51", "55", "37", "6011", "4", "52"]:
        L = 15 if p == "37" else 16
        print(make_card(rng, p, L))
