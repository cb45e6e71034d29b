"""Helper used while hand-writing: prints valid IBANs and Luhn-valid card numbers
to paste into the hand files (the values are random, seeded)."""
import random, string
rnd = random.Random(4747)
def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"
def digits(n): return "".join(rnd.choice(string.digits) for _ in range(n))
def upp(n): return "".join(rnd.choice(string.ascii_uppercase) for _ in range(n))
specs = {
 "DE": lambda: digits(18), "GB": lambda: upp(4)+digits(14), "FR": lambda: digits(10)+upp(1)+digits(10)+digits(2),
 "ES": lambda: digits(20), "IT": lambda: upp(1)+digits(10)+digits(12), "NL": lambda: upp(4)+digits(10),
 "PL": lambda: digits(24), "PT": lambda: digits(21), "BE": lambda: digits(12), "IE": lambda: upp(4)+digits(14),
 "CH": lambda: digits(17), "AT": lambda: digits(16), "TR": lambda: digits(22), "SA": lambda: digits(20), "BR": lambda: digits(23)+upp(1)+digits(1),
}
def grp(s): return " ".join(s[i:i+4] for i in range(0, len(s), 4))
for cc, f in specs.items():
    for _ in range(3):
        v = iban(cc, f()); print(cc, v, "|", grp(v))
def luhn_ok(n):
    t = 0
    for i, d in enumerate(reversed(n)):
        d = int(d)
        if i % 2: d = d*2 - 9 if d*2 > 9 else d*2
        t += d
    return t % 10 == 0
def card(prefix, length):
    while True:
        n = prefix + digits(length - len(prefix))
        if luhn_ok(n): return n
for p, l in [("4", 16)]*6 + [("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("34", 15), ("6011", 16), ("35", 16)]*2:
    print("CARD", card(p, l))
