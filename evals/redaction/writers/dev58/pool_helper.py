# helper used once while hand-writing: prints checksum-valid IBANs and Luhn-valid card numbers
import random
random.seed(5858)
def iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"
def luhn(prefix, length):
    d = [int(c) for c in prefix] + [random.randint(0,9) for _ in range(length-len(prefix)-1)]
    for check in range(10):
        ds = d + [check]
        tot = 0
        for i, x in enumerate(reversed(ds)):
            if i % 2 == 1:
                x *= 2
                if x > 9: x -= 9
            tot += x
        if tot % 10 == 0:
            return "".join(map(str, ds))
specs = {"DE": "n18", "GB": "AAAA"+"n14", "FR": "n23", "ES": "n20", "IT": "X"+"n22", "NL": "AAAA"+"n10", "PL":"n24", "PT":"n21", "BE":"n12", "IE":"AAAA"+"n14", "CH":"n17", "AT":"n16", "TR":"n22", "SA":"n20", "BR":"n23"+"AX"}
def body(spec):
    out = ""
    i = 0
    import re
    for tok in re.findall(r"n\d+|A|X", spec):
        if tok == "A": out += random.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        elif tok == "X": out += random.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        else: out += "".join(random.choice("0123456789") for _ in range(int(tok[1:])))
    return out
for cc, sp in specs.items():
    for _ in range(3):
        ib = iban(cc, body(sp))
        print(ib, " ".join(ib[i:i+4] for i in range(0, len(ib), 4)))
for p, l in [("4", 16), ("4", 16), ("4",16), ("51", 16), ("55", 16), ("2221",16), ("34", 15), ("37", 15), ("6011", 16), ("4",16), ("53",16), ("4",16)]:
    print(luhn(p, l))
