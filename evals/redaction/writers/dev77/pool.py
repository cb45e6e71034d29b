"""Helper: print valid IBANs (own BBANs, computed check digits) and Luhn card numbers
to paste into the hand-written files. Not used by build.py."""
import random
rnd = random.Random(7707)
def iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"
def luhn_complete(prefix, length):
    digits = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)
def rd(n): return "".join(str(rnd.randint(0,9)) for _ in range(n))
specs = {"DE": lambda: rd(18), "GB": lambda: "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + rd(14),
         "FR": lambda: rd(23), "ES": lambda: rd(20), "IT": lambda: rnd.choice("ABCX") + rd(22), "NL": lambda: rnd.choice(["ABNA","INGB","RABO"]) + rd(10),
         "PL": lambda: rd(24), "BE": lambda: rd(12), "PT": lambda: rd(21), "CH": lambda: rd(17), "IE": lambda: "AIBK" + rd(14),
         "AT": lambda: rd(16), "TR": lambda: rd(22), "SA": lambda: rd(20), "BR": lambda: rd(23) + "C1"}
for cc, f in specs.items():
    for _ in range(3):
        print(iban(cc, f()))
for p, l in [("4", 16), ("5", 16), ("37", 15), ("6011", 16), ("4", 16), ("5", 16)]:
    for _ in range(3):
        print(luhn_complete(p, l))
