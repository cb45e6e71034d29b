"""Small helpers shared by build.py / validate.py: IBAN and Luhn arithmetic."""
import random, string

IBAN_LAYOUT = {  # BBAN pattern (n=digit, a=upper letter, c=alnum, B=bank code from BANKS, other chars literal)
    "DE": "n" * 18, "GB": "B" + "n" * 14, "FR": "n" * 21 + "nn", "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "n" * 12, "NL": "B" + "n" * 10, "BE": "n" * 12, "PL": "n" * 24,
    "PT": "n" * 21, "AT": "n" * 16, "CH": "n" * 17, "IE": "B" + "n" * 14,
    "TR": "n" * 5 + "0" + "n" * 16, "SA": "n" * 20, "BR": "n" * 23 + "a" + "c",
}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "NAIA"], "NL": ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB"],
         "IE": ["AIBK", "BOFI", "IPBS"]}

def iban_check_digits(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)

def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1

def make_iban(rng, cc):
    out = []
    for p in IBAN_LAYOUT[cc]:
        if p == "B": out.append(rng.choice(BANKS[cc]))
        elif p == "n": out.append(rng.choice(string.digits))
        elif p == "a": out.append(rng.choice(string.ascii_uppercase))
        elif p == "c": out.append(rng.choice(string.digits + string.ascii_uppercase))
        else: out.append(p)
    bban = "".join(out)
    return cc + iban_check_digits(cc, bban) + bban

def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def make_card(rng, prefix, length, valid=True):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for last in string.digits:
        if luhn_ok(body + last) == valid:
            return body + last

def aba_ok(r):
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0

def make_routing(rng):
    while True:
        r = rng.choice(["0", "1", "2", "3"]) + "".join(rng.choice(string.digits) for _ in range(8))
        if aba_ok(r):
            return r
