"""Small helpers shared by build.py / validate.py: IBAN check digits, Luhn, ABA routing."""
import random, string

# country: list of (kind, count) where kind n=digit, a=upper letter, c=alnum upper
IBAN_FORMATS = {
    "DE": [("n", 18)], "GB": [("a", 4), ("n", 14)], "FR": [("n", 10), ("c", 11), ("n", 2)],
    "ES": [("n", 20)], "IT": [("a", 1), ("n", 10), ("c", 12)], "NL": [("a", 4), ("n", 10)],
    "PL": [("n", 24)], "BR": [("n", 23), ("a", 1), ("c", 1)], "TR": [("n", 5), ("n", 1), ("c", 16)],
    "SA": [("n", 2), ("c", 18)], "PT": [("n", 21)], "AT": [("n", 16)], "CH": [("n", 5), ("c", 12)],
    "BE": [("n", 12)], "IE": [("a", 4), ("n", 14)], "UA": [("n", 6), ("c", 19)], "GR": [("n", 7), ("c", 16)],
}

def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)

def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    s2 = s[4:] + s[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s2)) % 97 == 1
    except ValueError:
        return False

def make_iban(country, rng=random):
    fmt = IBAN_FORMATS[country]
    bban = ""
    for kind, n in fmt:
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[kind]
        bban += "".join(rng.choice(pool) for _ in range(n))
    return country + iban_check(country, bban) + bban

def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def luhn_ok(n):
    digits = [int(c) for c in n if c.isdigit()][::-1]
    tot = 0
    for i, x in enumerate(digits):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def make_card(prefix, length, rng=random, valid=True):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c) == valid:
            return body + c

ABA_PREFIXES = [f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73))]

def make_aba(rng=random):
    while True:
        d = [int(c) for c in rng.choice(ABA_PREFIXES)] + [rng.randint(0, 9) for _ in range(6)]
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))
