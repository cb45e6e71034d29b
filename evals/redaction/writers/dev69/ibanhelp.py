# helper: make valid IBANs / Luhn cards to paste into hand-written messages
import random,sys
random.seed(int(sys.argv[1]) if len(sys.argv)>1 else 7)
def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c,36)) for c in s)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"
def digits(n): return "".join(random.choice("0123456789") for _ in range(n))
def luhn(prefix, n):
    body = prefix + digits(n - len(prefix) - 1)
    tot=0
    for i,c in enumerate(reversed(body)):
        d=int(c)
        if i%2==0:
            d*=2
            if d>9:d-=9
        tot+=d
    return body+str((10-tot%10)%10)
for cc,b in [("DE",digits(18)),("GB","NWBK"+digits(14)),("FR",digits(23)),("ES",digits(20)),("NL","ABNA"+digits(10)),("IT","X"+digits(22)),("PL",digits(24)),("TR",digits(22)),("BR",digits(23)+"P1"),("PT",digits(21)),("MX",None)]:
    if b: print(iban(cc,b))
for p,n in [("4",16),("51",16),("37",15),("6011",16),("4",16)]:
    print(luhn(p,n))
