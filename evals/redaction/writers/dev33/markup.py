"""Shared parser for the inline markup used by the hand files and the templates.
[[X:text]]  identifier, X in P L T E W S M D A, optionally followed by u (US) or i (INTL)
{{text}}    keep word
Block header in hand files:  === style REGION
"""
import re
TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "W": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[([A-Z])([ui]?):(.*?)\]\]|\{\{(.*?)\}\}", re.S)

def parse(markup, default_region):
    out, ids, keeps, pos = [], [], [], 0
    for m in TOKEN.finditer(markup):
        out.append(markup[pos:m.start()]); pos = m.end()
        if m.group(4) is not None:
            k = m.group(4); out.append(k)
            if k not in keeps: keeps.append(k)
        else:
            code, reg, val = m.group(1), m.group(2), m.group(3)
            if code not in TYPES: raise ValueError("bad code %r in %r" % (code, markup[:80]))
            region = {"u": "US", "i": "INTL", "": default_region}[reg]
            out.append(val)
            d = {"text": val, "type": TYPES[code], "region": region}
            if d not in ids: ids.append(d)
    out.append(markup[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup: " + text[:120])
    return text, ids, keeps

def read_hand(path):
    blocks, cur = [], None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") and cur is None:
            continue
        if line.startswith("=== "):
            if cur: blocks.append(cur)
            _, style, region = line.split()
            cur = [style, region, []]
        elif cur is not None:
            cur[2].append(line)
    if cur: blocks.append(cur)
    res = []
    for style, region, lines in blocks:
        res.append((style, region, "".join(lines).strip("\n")))
    return res
