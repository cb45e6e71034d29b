"""Helper: print valid-checksum IBANs and Luhn-valid card numbers to paste into hand-written messages."""
import random
rng = random.Random(5454)
SPEC = {"DE": (22, "n18"), "FR": (27, "n10c11n2"), "GB": (22, "a4n14"), "ES": (24, "n20"), "IT": (27, "a1n10c12"),
        "NL": (18, "a4n10"), "PL": (28, "n24"), "BR": (29, "n23a1c1"), "TR": (26, "n6c16"), "SA": (24, "n2c18"),
        "PT": (25, "n21"), "BE": (16, "n12"), "CH": (21, "n5c12"), "AT": (20, "n16"), "IE": (22, "a4n14")}
def bban(pat):
    out = []
    import re
    for kind, n in re.findall(r"([nac])(\d+)", pat):
        for _ in range(int(n)):
            if kind == "n": out.append(rng.choice("0123456789"))
            elif kind == "a": out.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            else: out.append(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return "".join(out)
def iban_check(cc, b):
    s = b + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - num % 97)
def luhn_digit(p):
    tot = 0
    for i, ch in enumerate(reversed(p)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
for cc in SPEC:
    for _ in range(3):
        b = bban(SPEC[cc][1]); ib = cc + iban_check(cc, b) + b
        print(ib, " ".join(ib[i:i+4] for i in range(0, len(ib), 4)))
for pre, ln in [("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16), ("4", 16), ("22", 16)]:
    for _ in range(3):
        p = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
        print("card", p + luhn_digit(p))
