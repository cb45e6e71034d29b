"""Shared helpers: markup parser and value generators (all seeded through an rng passed in).

Markup used in hand-written and template text:
  [X|value]   identifier; X in P L T E U S M D A (PERSON, LOCATION, PHONE_NUMBER, EMAIL_ADDRESS,
              URL, US_SSN, MEDICAL_RECORD_NUMBER, DATE_OF_BIRTH, ACCOUNT_NUMBER), region US
  [X*|value]  same, region INTL
  {word}      keep entry
  @TOKEN@     generated account numbers inside hand-written text (see fill_tokens)
"""
import re, string

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TAG = re.compile(r"\[([PLTEUSMDA])(\*?)\|(.*?)\]|\{(.*?)\}", re.S)


def parse(marked):
    out, idents, keep, pos = [], [], [], 0
    for m in TAG.finditer(marked):
        out.append(marked[pos:m.start()])
        if m.group(1):
            val = m.group(3)
            rec = {"text": val, "type": TYPES[m.group(1)], "region": "INTL" if m.group(2) else "US"}
            if not any(r["text"] == val and r["type"] == rec["type"] for r in idents):
                idents.append(rec)
            out.append(val)
        else:
            val = m.group(4)
            if val not in keep:
                keep.append(val)
            out.append(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if any(c in text for c in "{}") or re.search(r"\[[PLTEUSMDA]\*?\||@[A-Z]+(:[A-Z]{2})?@", text):
        raise ValueError("leftover markup in: " + text)
    return text, idents, keep


# ---------------------------------------------------------------- account numbers
IBAN_SPECS = {  # country: list of (kind, n) with kind n=digits a=upper letters c=alnum
    "DE": [("n", 18)], "GB": [("a", 4), ("n", 14)], "IE": [("a", 4), ("n", 14)],
    "FR": [("n", 23)], "ES": [("n", 20)], "IT": [("a", 1), ("n", 22)], "NL": [("a", 4), ("n", 10)],
    "PL": [("n", 24)], "PT": [("n", 21)], "BE": [("n", 12)], "CH": [("n", 17)], "AT": [("n", 16)],
    "TR": [("n", 22)], "SA": [("n", 20)], "BR": [("n", 23), ("a", 1), ("c", 1)], "NO": [("n", 11)],
    "DK": [("n", 14)], "SE": [("n", 20)], "GR": [("n", 23)], "RO": [("a", 4), ("c", 16)],
    "AE": [("n", 19)], "FI": [("n", 14)],
}


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(rng, country=None, fmt=None):
    country = country or rng.choice(list(IBAN_SPECS))
    bban = ""
    for kind, n in IBAN_SPECS[country]:
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
        bban += "".join(rng.choice(pool) for _ in range(n))
    iban = country + iban_check(country, bban) + bban
    assert iban_valid(iban)
    fmt = fmt or rng.choice(["s", "s", "c", "l", "lc"])
    if fmt in ("s", "l"):
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if fmt in ("l", "lc"):
        iban = iban.lower()
    return iban


def luhn_ok(num):
    d = [int(c) for c in re.sub(r"\D", "", num)][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def make_card(rng, brand=None, valid=True, sep=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "amex", "disc"])
    prefix = {"visa": "4", "mc": rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]),
              "amex": rng.choice(["34", "37"]), "disc": "6011"}[brand]
    length = 15 if brand == "amex" else 16
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c) == valid:
            num = body + c
            break
    sep = sep if sep is not None else rng.choice([" ", " ", "-", ""])
    groups = [4, 6, 5] if brand == "amex" else [4, 4, 4, 4]
    parts, i = [], 0
    for g in groups:
        parts.append(num[i:i + g]); i += g
    return sep.join(parts)


def aba_ok(s):
    d = [int(c) for c in s]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def make_aba(rng):
    while True:
        first = rng.choice(["0%d" % rng.randint(1, 9), "1%d" % rng.randint(0, 2), "2%d" % rng.randint(1, 9), "3%d" % rng.randint(0, 2)])
        body = first + "".join(rng.choice(string.digits) for _ in range(6))
        for c in string.digits:
            if aba_ok(body + c):
                return body + c


def make_bank_acct(rng):
    n = rng.choice([8, 9, 10, 10, 11, 12])
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def fill_tokens(text, rng):
    """Replace @IBAN:DE@ (spaced), @IBANC:DE@ (compact), @IBANL:FR@ (lower spaced), @IBANLC:NL@,
    @VISA@ @MC@ @AMEX@ @DISC@ (Luhn valid, spaced), @VISAD@ (dashes), @VISAN@ (no separator),
    @BADCARD@ (Luhn invalid), @ABA@, @ACCT@."""
    def rep(m):
        tok = m.group(1)
        if tok.startswith("IBAN"):
            kind, cc = tok.split(":")
            fmt = {"IBAN": "s", "IBANC": "c", "IBANL": "l", "IBANLC": "lc"}[kind]
            return make_iban(rng, cc, fmt)
        if tok in ("VISA", "MC", "AMEX", "DISC"):
            return make_card(rng, tok.lower(), True, " ")
        if tok == "VISAD":
            return make_card(rng, "visa", True, "-")
        if tok == "VISAN":
            return make_card(rng, "visa", True, "")
        if tok == "MCN":
            return make_card(rng, "mc", True, "")
        if tok == "BADCARD":
            return make_card(rng, "visa", False, " ")
        if tok == "ABA":
            return make_aba(rng)
        if tok == "ACCT":
            return make_bank_acct(rng)
        raise KeyError(tok)
    return re.sub(r"@([A-Z]+(?::[A-Z]{2})?)@", rep, text)
