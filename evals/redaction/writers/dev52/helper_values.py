"""Print valid IBANs / Luhn cards / ABA routing numbers to paste into hand-written messages (seeded)."""
import random
from ibanlib import make_iban, make_card, make_aba, group4
rng = random.Random(5252)
for c in ["DE","GB","FR","ES","IT","NL","PL","BR","TR","SA","PT","AT","CH","BE","IE"]:
    a, b = make_iban(c, rng), make_iban(c, rng)
    print(c, a, "|", group4(b))
for p, l in [("4",16),("4",16),("4",16),("51",16),("53",16),("22",16),("34",15),("37",15),("6011",16),("4",16),("55",16),("4",16)]:
    print("card", make_card(p, l, rng), "bad:", make_card(p, l, rng, valid=False))
print("aba", " ".join(make_aba(rng) for _ in range(12)))
