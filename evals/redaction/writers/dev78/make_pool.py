"""Seeded pool of invented values used while hand-writing messages (helper session, dev78).
Only IBANs and card numbers are copied verbatim from here (so checksums are right);
everything else in the hand files was typed by hand, sometimes borrowing from this list."""
from faker import Faker

Faker.seed(7878)

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0

out = []
f = Faker("en_US")
out.append("## en_US names")
out += [f.name() for _ in range(30)]
out.append("## en_US addresses")
out += [f.address().replace("\n", ", ") for _ in range(15)]
out.append("## en_US phones")
out += [f.phone_number() for _ in range(15)]
out.append("## ssn")
out += [f.ssn() for _ in range(20)]
out.append("## cards")
for prov in ["visa16", "mastercard", "amex", "discover", "visa16", "mastercard"] * 4:
    n = f.credit_card_number(card_type=prov)
    out.append(f"{prov} {n} luhn={luhn_ok(n)}")
for loc in ["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "pt_PT", "fr_CH", "de_AT", "en_IE", "tr_TR"]:
    g = Faker(loc)
    out.append(f"## {loc} iban / names / address / phone")
    try:
        out += [g.iban() for _ in range(4)]
    except Exception as e:
        out.append(f"(no iban: {e})")
    out += [g.name() for _ in range(4)]
    out.append(g.address().replace("\n", ", "))
    out.append(g.phone_number())
for loc in ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "vi_VN", "fil_PH", "es_MX", "pt_BR", "en_CA", "en_IN"]:
    g = Faker(loc)
    out.append(f"## {loc}")
    out += [g.name() for _ in range(5)]
    out += [g.address().replace("\n", ", ") for _ in range(2)]
    try:
        out += [g.phone_number() for _ in range(2)]
    except AttributeError:
        out.append("(no phone provider)")
print("\n".join(out))
