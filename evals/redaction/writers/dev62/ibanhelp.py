"""Helper used while writing hand/ files: prints valid IBANs and Luhn card numbers (invented)."""
import random, string
def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"
def luhn(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(random.randint(0, 9))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    digits.append((10 - total % 10) % 10)
    return "".join(map(str, digits))
if __name__ == "__main__":
    random.seed(6201)
    specs = {"DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "PL": "n24",
             "TR": "n22", "SA": "n20", "BE": "n12", "CH": "n17", "PT": "n21", "IE": "a4n14", "AT": "n16", "MX": None}
    for cc, sp in specs.items():
        if not sp: continue
        for _ in range(3):
            out = ""
            import re
            for kind, n in re.findall(r"([an])(\d+)", sp):
                n = int(n)
                out += "".join(random.choice(string.ascii_uppercase if kind == "a" else string.digits) for _ in range(n))
            print(cc, iban(cc, out))
    for p, l in [("4", 16), ("5", 16), ("37", 15), ("6011", 16), ("4", 16), ("5", 16), ("4", 16), ("34", 15)]:
        for _ in range(3):
            print("card", luhn(p, l))
