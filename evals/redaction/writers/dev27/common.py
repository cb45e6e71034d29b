"""Shared helpers: markup parser and value generators (checksums) used by hand modules and templates."""
import re, random

CODES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}

def iban(rng, cc=None, spaced=False, lower=False):
    specs = {"DE": 18, "GB": None, "FR": 23, "ES": 20, "IT": None, "NL": None, "PL": 24, "BE": 12, "AT": 16, "CH": 17, "PT": 21, "IE": None}
    cc = cc or rng.choice(list(specs))
    if cc == "GB":
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(str(rng.randrange(10)) for _ in range(14))
    elif cc == "IE":
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(str(rng.randrange(10)) for _ in range(14))
    elif cc == "NL":
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(str(rng.randrange(10)) for _ in range(10))
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(str(rng.randrange(10)) for _ in range(22))
    else:
        bban = "".join(str(rng.randrange(10)) for _ in range(specs[cc]))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    if spaced:
        s = " ".join(s[i:i+4] for i in range(0, len(s), 4))
    return s.lower() if lower else s

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn_card(rng, prefix=None, length=16, valid=True, sep=" "):
    prefix = prefix or rng.choice(["4", "51", "53", "37", "6011"])
    if prefix in ("37", "34"):
        length = 15
    digits = [int(c) for c in prefix] + [rng.randrange(10) for _ in range(length - len(prefix) - 1)]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    chk = (10 - tot % 10) % 10
    if not valid:
        chk = (chk + 3) % 10
    s = "".join(map(str, digits + [chk]))
    if sep is None or sep == "":
        return s
    if length == 15:
        return s[:4] + sep + s[4:10] + sep + s[10:]
    return sep.join(s[i:i+4] for i in range(0, 16, 4))

def fill_placeholders(markup, rng):
    """@IBAN:DE  @IBANS:GB (spaced)  @iban:FR (lower)  @CARD / @CARDX (invalid) / @CARDD (dashes) / @CARDN (no sep)"""
    def rep(m):
        kind, cc = m.group(1), m.group(2)
        if kind == "IBAN": return iban(rng, cc)
        if kind == "IBANS": return iban(rng, cc, spaced=True)
        if kind == "iban": return iban(rng, cc, lower=True)
        if kind == "ibans": return iban(rng, cc, spaced=True, lower=True)
        if kind == "CARD": return luhn_card(rng)
        if kind == "CARDX": return luhn_card(rng, valid=False)
        if kind == "CARDD": return luhn_card(rng, sep="-")
        if kind == "CARDN": return luhn_card(rng, sep="")
    return re.sub(r"@(IBANS|IBAN|ibans|iban|CARDX|CARDD|CARDN|CARD)(?::([A-Z]{2}))?", rep, markup)

TOK = re.compile(r"\{([PLTESUMDA])(!?):(.*?)\}|<(.*?)>", re.S)

def parse(markup, style, source, rng):
    markup = fill_placeholders(markup, rng)
    out, ids, keep, pos = [], [], [], 0
    for m in TOK.finditer(markup):
        out.append(markup[pos:m.start()])
        if m.group(1):
            t = m.group(3)
            item = {"text": t, "type": CODES[m.group(1)], "region": "INTL" if m.group(2) else "US"}
            if not any(i["text"] == t and i["type"] == item["type"] for i in ids):
                ids.append(item)
            out.append(t)
        else:
            k = m.group(4)
            if k not in keep:
                keep.append(k)
            out.append(k)
        pos = m.end()
    out.append(markup[pos:])
    return {"style": style, "text": "".join(out).strip("\n"), "identifiers": ids, "keep": keep, "source": source}

def parse_block(big, source, rng):
    """Messages separated by lines starting with '## style'."""
    msgs, style, buf = [], None, []
    for line in big.split("\n"):
        if line.startswith("## "):
            if style and "".join(buf).strip():
                msgs.append(parse("\n".join(buf).strip("\n"), style, source, rng))
            style, buf = line[3:].strip(), []
        else:
            buf.append(line)
    if style and "".join(buf).strip():
        msgs.append(parse("\n".join(buf).strip("\n"), style, source, rng))
    return msgs
