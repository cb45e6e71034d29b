"""Helper I used while hand-writing: completes IBAN check digits and Luhn check digits
for account numbers I made up, so the hand-written IBANs/cards are valid where intended."""
import sys

def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    cd = 98 - n % 97
    return f"{country}{cd:02d}{bban}"

def luhn_complete(partial):
    digits = [int(c) for c in partial if c.isdigit()]
    for d in range(10):
        ds = digits + [d]
        tot = 0
        for i, x in enumerate(reversed(ds)):
            if i % 2 == 1:
                x *= 2
                if x > 9: x -= 9
            tot += x
        if tot % 10 == 0:
            return partial + str(d)

if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "iban":
        print(iban(sys.argv[2], sys.argv[3]))
    else:
        print(luhn_complete(sys.argv[2]))
