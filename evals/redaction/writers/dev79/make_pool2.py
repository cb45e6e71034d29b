"""Second seeded pool for the hand-written messages: valid IBANs, Luhn cards, routing numbers, SSNs, MRNs."""
import random
from faker import Faker
from idlib import random_iban, spaced, luhn_card, iban_valid

rng = random.Random(79079)
Faker.seed(79079)
us = Faker("en_US")
out = ["== IBANs (valid) =="]
for cc in ["DE", "FR", "ES", "IT", "NL", "GB", "PL", "BE", "PT", "IE", "CH", "AT", "BR", "TR", "SA", "AE", "SE", "DK"]:
    for _ in range(3):
        ib = random_iban(cc, rng)
        assert iban_valid(ib)
        out.append(f"{ib}   {spaced(ib)}")
out.append("== cards (Luhn valid) ==")
for p, n in [("4", 16), ("51", 16), ("53", 16), ("37", 15), ("6011", 16), ("4", 16), ("55", 16), ("34", 15)] * 3:
    c = luhn_card(p, n, rng)
    out.append(c)
out.append("== routing / account ==")
for _ in range(20):
    out.append(f"{us.aba()}  acct {rng.randint(10**7, 10**12 - 1)}")
out.append("== ssn ==")
for _ in range(30):
    out.append(us.ssn())
out.append("== mrn-ish ==")
for _ in range(30):
    out.append(f"{rng.randint(10**6, 10**8)}  {us.bothify('??#######').upper()}  {rng.randint(1,9)}{us.bothify('??#-??#-??##').upper()}")
open("pool2.txt", "w").write("\n".join(out) + "\n")
