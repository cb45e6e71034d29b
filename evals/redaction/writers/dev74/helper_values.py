"""Prints checksum-valid values (IBANs, card numbers, ABA routing numbers, NHS numbers)
that I pasted by hand into the hand/ files. Fixed seed so the list is reproducible."""
import random
from faker import Faker

rng = random.Random(7401)

def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randrange(10))
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    digits.append((10 - s % 10) % 10)
    return "".join(map(str, digits))

def aba():
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        s = 3*(d[0]+d[3]+d[6]) + 7*(d[1]+d[4]+d[7]) + (d[2]+d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)

def nhs():
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11: c = 0
        if c == 10: continue
        n = "".join(map(str, d)) + str(c)
        return f"{n[:3]} {n[3:6]} {n[6:]}"

if __name__ == "__main__":
    for loc in ["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL", "en_GB", "pt_PT", "fr_CH" ]:
        f = Faker(loc); f.seed_instance(74)
        print(loc, [f.iban() for _ in range(3)])
    print("visa", [luhn_complete("4", 16) for _ in range(6)])
    print("mc", [luhn_complete("5" + str(rng.randint(1,5)), 16) for _ in range(4)])
    print("amex", [luhn_complete("3" + rng.choice("47"), 15) for _ in range(3)])
    print("disc", [luhn_complete("6011", 16) for _ in range(2)])
    print("aba", [aba() for _ in range(8)])
    print("nhs", [nhs() for _ in range(6)])
