# Helper used while hand-writing: prints checksum-valid IBANs, Luhn cards and ABA routing numbers
import random
random.seed(6301)
def iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    ck = 98 - n % 97
    return f"{cc}{ck:02d}{bban}"
def digits(k): return "".join(random.choice("0123456789") for _ in range(k))
specs = {"DE": lambda: digits(18), "GB": lambda: "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))+digits(14),
 "FR": lambda: digits(23), "ES": lambda: digits(20), "NL": lambda: random.choice(["ABNA","INGB","RABO","TRIO"])+digits(10),
 "IT": lambda: random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")+digits(22), "PL": lambda: digits(24), "TR": lambda: digits(22),
 "SA": lambda: digits(20), "BR": lambda: digits(23)+"C1", "PT": lambda: digits(21), "BE": lambda: digits(12), "CH": lambda: digits(17), "IE": lambda: "AIBK"+digits(14), "MX": None}
for cc, f in specs.items():
    if f is None: continue
    for _ in range(3):
        print(cc, iban(cc, f()))
def luhn(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)
for p, l in [("4",16),("4",16),("4",16),("51",16),("55",16),("37",15),("34",15),("6011",16),("4",16),("52",16)]:
    print("card", luhn(p, l))
def aba():
    while True:
        d = [random.choice([0,1,2]), random.randint(0,9)] + [random.randint(0,9) for _ in range(6)]
        for c in range(10):
            dd = d + [c]
            if (3*(dd[0]+dd[3]+dd[6]) + 7*(dd[1]+dd[4]+dd[7]) + (dd[2]+dd[5]+dd[8])) % 10 == 0:
                return "".join(map(str, dd))
for _ in range(8): print("aba", aba())
