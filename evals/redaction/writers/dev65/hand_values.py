"""Helper: prints a few checksum-valid IBANs and Luhn-valid card numbers that I pasted by hand into hand/*.txt."""
import random
from faker import Faker

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

if __name__ == "__main__":
    for loc in ["de_DE", "en_GB", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "de_AT", "de_CH", "fr_BE", "tr_TR"]:
        f = Faker(loc); f.seed_instance(6565)
        for _ in range(2):
            ib = f.iban(); assert iban_ok(ib); print(loc, ib)
    rnd = random.Random(65)
    for pre, ln in [("4", 16), ("51", 16), ("37", 15), ("6011", 16), ("4", 16), ("55", 16)]:
        p = pre + "".join(str(rnd.randint(0, 9)) for _ in range(ln - len(pre) - 1))
        print("card", p + luhn_digit(p))
