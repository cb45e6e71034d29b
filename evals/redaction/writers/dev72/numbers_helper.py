"""Scratch helper: prints a few checksum-valid IBANs and Luhn-valid card numbers
that I paste by hand into the hand-written messages (values are random)."""
import random, string
rnd = random.Random(7207)

def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)

def make_iban(country, pattern):
    bban = "".join(rnd.choice(string.digits) if c == "n" else rnd.choice(string.ascii_uppercase) if c == "a" else c for c in pattern)
    return country + iban_check(country, bban) + bban

def luhn_complete(prefix, length):
    digits = prefix + "".join(rnd.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for d in string.digits:
        cand = digits + d
        tot = 0
        for i, ch in enumerate(reversed(cand)):
            n = int(ch)
            if i % 2 == 1:
                n *= 2
                if n > 9: n -= 9
            tot += n
        if tot % 10 == 0:
            return cand

pats = {"DE": "n"*18, "GB": "aaaa" + "n"*14, "FR": "n"*10 + "n"*11 + "nn", "ES": "n"*20, "NL": "aaaa" + "n"*10,
        "IT": "a" + "n"*10 + "n"*12, "PL": "n"*24, "BR": "n"*23 + "a" + "n", "PT": "n"*21, "BE": "n"*12, "IE": "aaaa"+"n"*14,
        "CH": "n"*17, "AT": "n"*16, "TR": "n"*22, "SA": "n"*20}
if __name__ == "__main__":
    for c, p in pats.items():
        for _ in range(3):
            print(make_iban(c, p))
    for pre, ln in [("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16), ("4", 16), ("52", 16)]:
        for _ in range(3):
            print(luhn_complete(pre, ln))
