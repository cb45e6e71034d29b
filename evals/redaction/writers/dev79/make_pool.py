"""Print a seeded pool of invented values (Faker) that the hand-written messages draw from.
Output: pool.txt. The hand-written messages copy values from here by hand."""
import random
from faker import Faker

SEED = 7979
random.seed(SEED)
Faker.seed(SEED)
out = []
us = Faker("en_US")
out.append("== US addresses ==")
for _ in range(60):
    out.append(us.address().replace("\n", " / "))
out.append("== US phones ==")
for _ in range(60):
    out.append(f"{random.randint(201,989)}-{random.randint(200,989)}-{random.randint(0,9999):04d}")
out.append("== US emails / ssn / dob / card / routing ==")
for _ in range(40):
    out.append(" | ".join([us.free_email(), us.ssn(), us.date_of_birth(minimum_age=1, maximum_age=99).isoformat(),
                           us.credit_card_number(), us.aba(), us.bban()]))
out.append("== US cities ==")
for _ in range(30):
    out.append(f"{us.city()}, {us.state_abbr()} {us.zipcode()}")
out.append("== military / PO ==")
for _ in range(12):
    out.append(us.military_apo() + " / " + us.military_dpo() + " / " + us.military_ship() + " / PO Box " + str(random.randint(10, 9999)))
for loc in ["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP", "zh_CN",
            "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH", "en_CA", "en_IE", "fr_CA", "en_IN"]:
    f = Faker(loc)
    out.append(f"== {loc} ==")
    for _ in range(6):
        row = [f.name(), f.address().replace("\n", " / ")]
        try:
            row.append(f.phone_number())
        except Exception:
            row.append("-")
        try:
            row.append(f.iban())
        except Exception:
            row.append("-")
        row.append(f.city())
        out.append(" | ".join(row))
open("pool.txt", "w").write("\n".join(out) + "\n")
