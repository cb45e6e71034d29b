"""Small number helpers (own code): IBAN check digits, Luhn, ABA routing checksum."""
import random, string

IBAN_LAYOUT = {  # country: list of (kind, length) for the BBAN; n=digits, a=upper letters, c=alnum
    "DE": [("n", 8), ("n", 10)],
    "GB": [("a", 4), ("n", 6), ("n", 8)],
    "FR": [("n", 5), ("n", 5), ("n", 11), ("n", 2)],
    "ES": [("n", 4), ("n", 4), ("n", 2), ("n", 10)],
    "IT": [("a", 1), ("n", 5), ("n", 5), ("n", 12)],
    "NL": [("a", 4), ("n", 10)],
    "PL": [("n", 8), ("n", 16)],
    "PT": [("n", 4), ("n", 4), ("n", 11), ("n", 2)],
    "BR": [("n", 8), ("n", 5), ("n", 10), ("a", 1), ("c", 1)],
    "SA": [("n", 2), ("n", 18)],
    "TR": [("n", 5), ("n", 1), ("n", 16)],
    "CH": [("n", 5), ("n", 12)],
    "IE": [("a", 4), ("n", 6), ("n", 8)],
    "BE": [("n", 3), ("n", 7), ("n", 2)],
    "AT": [("n", 5), ("n", 11)],
}


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def make_iban(rng, country):
    parts = []
    for kind, n in IBAN_LAYOUT[country]:
        if kind == "n":
            parts.append("".join(rng.choice(string.digits) for _ in range(n)))
        elif kind == "a":
            parts.append("".join(rng.choice(string.ascii_uppercase) for _ in range(n)))
        else:
            parts.append("".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n)))
    bban = "".join(parts)
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
    digits = [c for c in num if c.isdigit()]
    return luhn_digit("".join(digits[:-1])) == digits[-1]


def make_card(rng, kind="visa", valid=True):
    prefix, length = {"visa": ("4", 16), "mc": (rng.choice(["51", "52", "53", "54", "55"]), 16),
                      "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    chk = luhn_digit(body)
    if not valid:
        chk = str((int(chk) + rng.randint(1, 9)) % 10)
    return body + chk


def make_routing(rng):
    while True:
        first = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31", "32"])
        d = [int(c) for c in first + "".join(rng.choice(string.digits) for _ in range(6))]
        for last in range(10):
            dd = d + [last]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + dd[2] + dd[5] + dd[8]) % 10 == 0:
                return "".join(map(str, dd))


if __name__ == "__main__":
    rng = random.Random(4848)
    for c in IBAN_LAYOUT:
        for _ in range(3):
            i = make_iban(rng, c)
            print(c, i, group4(i), iban_valid(i))
    for k in ["visa", "mc", "amex", "disc"]:
        for v in [True, True, False]:
            print(k, v, make_card(rng, k, v))
    for _ in range(12):
        print("aba", make_routing(rng))
