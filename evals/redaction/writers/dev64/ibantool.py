"""Small helpers: IBAN check digits and Luhn, used by build.py and to prepare values for the hand files."""
import random, string

def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    return "%02d" % (98 - int(num) % 97)

def make_iban(country, bban):
    return country + iban_check(country, bban) + bban

def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

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

def luhn_valid(num):
    digits = [c for c in num if c.isdigit()]
    return luhn_digit("".join(digits[:-1])) == digits[-1]

# BBAN shapes per country: (length of letters prefix, digits count) roughly
BBAN = {
    "DE": lambda r: "".join(r.choice(string.digits) for _ in range(18)),
    "GB": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + "".join(r.choice(string.digits) for _ in range(14)),
    "FR": lambda r: "".join(r.choice(string.digits) for _ in range(23)),
    "ES": lambda r: "".join(r.choice(string.digits) for _ in range(20)),
    "NL": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + "".join(r.choice(string.digits) for _ in range(10)),
    "IT": lambda r: r.choice(string.ascii_uppercase) + "".join(r.choice(string.digits) for _ in range(22)),
    "PL": lambda r: "".join(r.choice(string.digits) for _ in range(24)),
    "BE": lambda r: "".join(r.choice(string.digits) for _ in range(12)),
    "CH": lambda r: "".join(r.choice(string.digits) for _ in range(17)),
    "AT": lambda r: "".join(r.choice(string.digits) for _ in range(16)),
    "IE": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + "".join(r.choice(string.digits) for _ in range(14)),
    "PT": lambda r: "".join(r.choice(string.digits) for _ in range(21)),
    "TR": lambda r: "".join(r.choice(string.digits) for _ in range(22)),
    "SA": lambda r: "".join(r.choice(string.digits) for _ in range(18)),
    "BR": lambda r: "".join(r.choice(string.digits) for _ in range(23)) + r.choice(string.ascii_uppercase) + "1",
    "MX": None,
}

def random_iban(r, country):
    return make_iban(country, BBAN[country](r))

def spaced(iban):
    return " ".join(iban[i:i+4] for i in range(0, len(iban), 4))

def random_card(r, prefix, length):
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)

if __name__ == "__main__":
    r = random.Random(6464)
    for c in ["DE","GB","FR","ES","NL","IT","PL","BE","CH","AT","IE","PT","TR","SA","BR","DE","GB","NL","ES","FR"]:
        i = random_iban(r, c); print(i, spaced(i), iban_valid(i))
    for p, n in [("4",16),("4",16),("51",16),("55",16),("2221",16),("37",15),("34",15),("6011",16),("4",13),("35",16),("4",16),("52",16)]:
        c = random_card(r, p, n); print(c, luhn_valid(c))
