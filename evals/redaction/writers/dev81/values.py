"""Print a seeded sheet of invented values (names, numbers, IBANs, cards) that the hand-written
messages draw from. Run: python values.py > values_sheet.txt"""
import random
from faker import Faker
from ibanlib import make_iban, spaced, make_card

rng = random.Random(8181)
Faker.seed(8181)
print("== IBANs (valid check digits) ==")
for c in ["DE", "GB", "FR", "ES", "IT", "NL", "PL", "BE", "CH", "AT", "PT", "IE", "TR", "SA", "BR"]:
    for _ in range(3):
        i = make_iban(c, rng)
        print(i, "|", spaced(i))
print("== cards (Luhn valid) ==")
for p, n in [("4", 16), ("51", 16), ("37", 15), ("6011", 16), ("4", 16), ("55", 16)]:
    for _ in range(3):
        print(make_card(rng, p, n))
print("== cards (Luhn invalid) ==")
for _ in range(4):
    print(make_card(rng, "4", 16, valid=False))
us = Faker("en_US")
print("== SSNs ==")
print(", ".join(us.ssn() for _ in range(30)))
print("== US names ==")
print(", ".join(us.name() for _ in range(40)))
print("== US addresses ==")
for _ in range(25):
    print(us.address().replace("\n", ", "))
print("== US phones ==")
print(" ; ".join(us.phone_number() for _ in range(30)))
for loc in ["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP",
            "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH", "en_IN", "en_CA"]:
    f = Faker(loc)
    print(f"== {loc} ==")
    print("names:", ", ".join(f.name() for _ in range(6)))
    try:
        print("addr:", f.address().replace("\n", ", "))
    except Exception as e:
        print("addr: n/a", e)
    try:
        print("phone:", " ; ".join(f.phone_number() for _ in range(3)))
    except Exception:
        pass
    try:
        print("city:", f.city())
    except Exception:
        pass
