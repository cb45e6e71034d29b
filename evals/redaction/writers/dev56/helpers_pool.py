"""Prints a few valid IBANs and Luhn-valid card numbers to paste into hand-written messages."""
import random
from faker import Faker
random.seed(5656)
def iban_ok(s):
    s = s.replace(' ', '').upper()
    r = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1
def spaced(s):
    return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
for loc in ['de_DE','fr_FR','es_ES','it_IT','nl_NL','en_GB','pl_PL','pt_PT','tr_TR','de_AT','fr_CH','nl_BE','en_IE']:
    f = Faker(loc); f.seed_instance(random.randint(0,10**6))
    for _ in range(3):
        i = f.iban(); assert iban_ok(i)
        print(loc, i, '|', spaced(i))
def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix] + [random.randint(0,9) for _ in range(length-len(prefix)-1)]
    for c in range(10):
        d = digits + [c]
        tot = 0
        for i, x in enumerate(reversed(d)):
            if i % 2 == 1:
                x *= 2
                if x > 9: x -= 9
            tot += x
        if tot % 10 == 0:
            return ''.join(map(str, d))
for p, l in [('4',16)]*6 + [('51',16),('53',16),('55',16),('2221',16),('34',15),('37',15),('6011',16),('35',16)]:
    print('card', luhn_complete(p, l))
for _ in range(6):
    print('routing-ish', random.randint(10**8, 10**9-1), 'acct', random.randint(10**7, 10**12))
