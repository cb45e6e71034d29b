"""Small helpers used while writing the hand files and in build.py: IBAN check digits and Luhn."""
import random

def iban(country, bban):
    """Return a valid IBAN for country code + BBAN (check digits computed, ISO 13616 mod-97)."""
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def spaced(s):
    return " ".join(s[i:i+4] for i in range(0, len(s), 4))

def luhn_complete(prefix_digits):
    """Append the Luhn check digit."""
    d = [int(c) for c in prefix_digits]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return prefix_digits + str((10 - total % 10) % 10)

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0

if __name__ == "__main__":
    rnd = random.Random(4646)
    specs = {"DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10",
             "PL": "n24", "PT": "n21", "BE": "n12", "IE": "a4n14", "CH": "n17", "AT": "n16",
             "SA": "n22", "TR": "n22", "BR": "n23a1n1", "MX": None}
    def gen(pat):
        out = ""
        import re
        for kind, n in re.findall(r"([an])(\d+)", pat):
            for _ in range(int(n)):
                out += rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if kind == "a" else str(rnd.randint(0, 9))
        return out
    for c, p in specs.items():
        if not p:
            continue
        for _ in range(3):
            ib = iban(c, gen(p))
            assert iban_ok(ib)
            print(ib, "|", spaced(ib))
    for pre in ["4", "51", "55", "37", "6011", "4"]:
        n = 15 if pre == "37" else 16
        for _ in range(3):
            base = pre + "".join(str(rnd.randint(0, 9)) for _ in range(n - 1 - len(pre)))
            print("card", luhn_complete(base))
