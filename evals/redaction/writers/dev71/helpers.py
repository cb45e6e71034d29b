"""Small helpers shared by build.py and used once to mint values for the hand files."""
import random, string

def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def card(rng, prefix, length):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)

def iban(rng, cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr.upper())
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def aba(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)

MBI_LET = "ACDEFGHJKMNPQRTUVWXY"
def mbi(rng):
    a = rng.choice("123456789")
    b = rng.choice(MBI_LET)
    c = rng.choice(MBI_LET + string.digits)
    d = rng.choice(string.digits)
    e = rng.choice(MBI_LET)
    f = rng.choice(MBI_LET + string.digits)
    g = rng.choice(string.digits)
    h = rng.choice(MBI_LET)
    i = rng.choice(MBI_LET)
    j = rng.choice(string.digits)
    k = rng.choice(string.digits)
    return a + b + c + d + e + f + g + h + i + j + k

def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))
