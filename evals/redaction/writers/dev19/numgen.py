"""Check-digit helpers: IBAN mod-97, ABA routing checksum, Luhn."""
import random, string

IBAN_LEN = {"DE":22,"GB":22,"FR":27,"ES":24,"IT":27,"NL":18,"PL":28,"PT":25,"BE":16,"CH":21,
            "AT":20,"IE":22,"TR":26,"SA":24,"BR":29,"NO":15,"SE":24,"DK":18,"FI":18,"RO":24,"GR":27}

def _num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _num(s[4:] + s[:4]) % 97 == 1

def make_iban(cc, rng):
    n = IBAN_LEN[cc] - 4
    if cc in ("GB", "IE"):
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUWXYZ") for _ in range(4)) + "".join(rng.choice(string.digits) for _ in range(n-4))
    elif cc == "NL":
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUWXYZ") for _ in range(4)) + "".join(rng.choice(string.digits) for _ in range(n-4))
    else:
        bban = "".join(rng.choice(string.digits) for _ in range(n))
    chk = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"

def spaced(iban):
    return " ".join(iban[i:i+4] for i in range(0, len(iban), 4))

def aba_valid(r):
    d = [int(c) for c in r]
    return len(d) == 9 and (3*(d[0]+d[3]+d[6]) + 7*(d[1]+d[4]+d[7]) + (d[2]+d[5]+d[8])) % 10 == 0

def make_aba(rng):
    while True:
        first = rng.choice(["01","02","03","04","05","06","07","08","09","10","11","12","21","22","23","24","25","26","27","28","29","30","31","32"])
        r = first + "".join(rng.choice(string.digits) for _ in range(6))
        for last in range(10):
            if aba_valid(r + str(last)):
                return r + str(last)

def luhn_valid(num):
    s = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(s)):
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return tot % 10 == 0

def make_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "mc", "amex", "disc"])
    if kind == "visa": prefix, L = "4", 16
    elif kind == "mc": prefix, L = rng.choice(["51","52","53","54","55","2221","2720"]), 16
    elif kind == "amex": prefix, L = rng.choice(["34","37"]), 15
    else: prefix, L = "6011", 16
    body = prefix + "".join(rng.choice(string.digits) for _ in range(L - len(prefix) - 1))
    for last in range(10):
        if luhn_valid(body + str(last)):
            return body + str(last)

def fmt_card(num, style):
    if style == "plain": return num
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i+4] for i in range(0, 16, 4)]
    return (" " if style == "space" else "-").join(parts)
