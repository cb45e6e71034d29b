"""Helper: prints a few valid IBANs and Luhn-valid card numbers that I pasted by hand into hand/*.txt."""
import random
rnd = random.Random(5353)
def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"
def digits(n): return "".join(rnd.choice("0123456789") for _ in range(n))
def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, d in enumerate(reversed(body)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)
specs = {"DE": lambda: digits(18), "GB": lambda: "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(14),
         "FR": lambda: digits(10) + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11)) + digits(2),
         "ES": lambda: digits(20), "IT": lambda: rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(10) + digits(12),
         "NL": lambda: "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(10),
         "PL": lambda: digits(24), "PT": lambda: digits(21), "BR": lambda: digits(23) + "C1", "TR": lambda: digits(22),
         "SA": lambda: digits(22), "BE": lambda: digits(12), "CH": lambda: digits(17), "AT": lambda: digits(16), "IE": lambda: "AIBK" + digits(14)}
for cc, f in specs.items():
    for _ in range(3):
        v = iban(cc, f())
        print(cc, v, " ".join(v[i:i+4] for i in range(0, len(v), 4)))
for pre, ln in [("4", 16), ("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("4", 16), ("53", 16), ("4", 16)]:
    c = luhn_complete(pre, ln); print("card", c)
