"""Helper: make valid IBANs and Luhn card numbers to paste into hand files."""
import random, sys
LEN = {"DE":22,"FR":27,"ES":24,"IT":27,"NL":18,"GB":22,"PL":28,"PT":25,"BE":16,"CH":21,"AT":20,"TR":26,"SA":24,"IE":22,"BR":29}
def iban_check(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1
def make_iban(cc, rng):
    L = LEN[cc]
    if cc in ("GB","NL","IE"):
        bank = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
        bban = bank + "".join(rng.choice("0123456789") for _ in range(L-8))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(L-4))
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - n % 97
    return f"{cc}{chk:02d}{bban}"
def spaced(i): return " ".join(i[k:k+4] for k in range(0, len(i), 4))
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for k, x in enumerate(reversed(d)):
        if k % 2: x = x*2; x = x-9 if x > 9 else x
        s += x
    return s % 10 == 0
def make_card(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length-len(prefix)-1))
    for c in "0123456789":
        if luhn_ok(body + c): return body + c
if __name__ == "__main__":
    rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 49)
    for cc in LEN: 
        i = make_iban(cc, rng); print(cc, i, "|", spaced(i))
    for p, l in [("4",16),("51",16),("37",15),("6011",16),("4",16),("55",16)]:
        print(make_card(p, l, rng))
