"""Helper: complete hand-invented BBANs into IBANs with a valid checksum, and Luhn-complete card stubs.
Used only while writing the hand files (values pasted into hand/*.txt)."""
import sys, random
def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"
def luhn_complete(stub):
    digits = [int(c) for c in stub]
    for d in range(10):
        ds = digits + [d]
        tot = 0
        for i, x in enumerate(reversed(ds)):
            if i % 2 == 1:
                x *= 2
                if x > 9: x -= 9
            tot += x
        if tot % 10 == 0:
            return stub + str(d)
r = random.Random(6060)
def rd(n): return "".join(str(r.randint(0,9)) for _ in range(n))
specs = [("DE",lambda: rd(18)),("GB",lambda: "NWBK"+rd(14)),("GB",lambda: "BARC"+rd(14)),("FR",lambda: rd(23)),
 ("ES",lambda: rd(20)),("IT",lambda: "X"+rd(22)),("NL",lambda: "RABO"+rd(10)),("NL",lambda: "INGB"+rd(10)),("PL",lambda: rd(24)),
 ("PT",lambda: rd(21)),("BE",lambda: rd(12)),("IE",lambda: "AIBK"+rd(14)),("AT",lambda: rd(16)),("CH",lambda: rd(17)),
 ("TR",lambda: rd(22)),("SA",lambda: rd(20)),("BR",lambda: rd(23)+"P1"),("DE",lambda: rd(18)),("FR",lambda: rd(23)),("ES",lambda: rd(20)),
 ("IT",lambda: "K"+rd(22)),("PL",lambda: rd(24)),("GB",lambda: "HBUK"+rd(14)),("DE",lambda: rd(18)),("NL",lambda: "ABNA"+rd(10))]
for cc,f in specs:
    print(iban(cc,f()))
for p in ["4","4","5","5","37","6011","4","5"]:
    n = 15 if p=="37" else 16
    print("card", luhn_complete(p+rd(n-len(p)-1)))
