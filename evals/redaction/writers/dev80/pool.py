"""Print a seeded pool of invented values (names, streets, phones, IBANs, cards ...)
that the hand-written messages copy from. Output: pool.txt"""
from faker import Faker
import random
random.seed(8080)
Faker.seed(8080)
out = []
def sec(t): out.append("\n== " + t)
locs = ["en_US","en_GB","es_MX","es_ES","fr_FR","de_DE","it_IT","pt_BR","nl_NL","pl_PL","ja_JP","zh_CN","ko_KR","hi_IN","ar_SA","ru_RU","tr_TR","vi_VN","fil_PH"]
for l in locs:
    f = Faker(l)
    sec("names " + l)
    out.append(" | ".join(f.name() for _ in range(14)))
    out.append("first: " + " | ".join(f.first_name() for _ in range(10)))
    out.append("last: " + " | ".join(f.last_name() for _ in range(10)))
us = Faker("en_US")
sec("us streets")
out.append(" | ".join(us.street_address() for _ in range(60)))
sec("us phones")
out.append(" | ".join(us.numerify("###-###-####").replace("0", "5", 1) if False else f"{random.randint(201,989)}-{random.randint(201,989)}-{random.randint(0,9999):04d}" for _ in range(60)))
sec("us emails")
out.append(" | ".join(us.free_email() for _ in range(40)))
sec("ssn")
out.append(" | ".join(us.ssn() for _ in range(40)))
sec("dates")
out.append(" | ".join(us.date_of_birth(minimum_age=1, maximum_age=99).isoformat() for _ in range(40)))
sec("ibans")
for l in ["de_DE","fr_FR","es_ES","it_IT","nl_NL","en_GB","pl_PL","pt_PT","tr_TR","fr_CH","de_AT","en_IE"]:
    try:
        f = Faker(l)
        out.append(l + ": " + " | ".join(f.iban() for _ in range(4)))
    except Exception as e:
        out.append(l + ": ERR " + str(e))
sec("cards")
for t in ["visa16","mastercard","amex","discover"]:
    out.append(t + ": " + " | ".join(us.credit_card_number(card_type=t) for _ in range(6)))
def aba():
    while True:
        d = [random.randint(0,9) for _ in range(8)]
        d[0] = random.choice([0,1,2,3])
        for c in range(10):
            dd = d+[c]
            if (3*(dd[0]+dd[3]+dd[6]) + 7*(dd[1]+dd[4]+dd[7]) + (dd[2]+dd[5]+dd[8])) % 10 == 0:
                return "".join(map(str,dd))
sec("routing")
out.append(" | ".join(aba() for _ in range(20)))
sec("bank acct")
out.append(" | ".join(str(random.randint(10**7, 10**12)) for _ in range(20)))
for l in ["en_GB","de_DE","fr_FR","ja_JP","es_MX","pt_BR","it_IT","nl_NL","hi_IN","en_CA"]:
    f = Faker(l)
    sec("addr " + l)
    out.append(" || ".join(f.address().replace("\n", " / ") for _ in range(6)))
    out.append("phones: " + " | ".join(f.phone_number() for _ in range(8)))
open("pool.txt","w").write("\n".join(out)+"\n")
