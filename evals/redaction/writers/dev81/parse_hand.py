"""Parse the hand-written message files (hand_*.txt) of dev81.

Format: a message starts with a line "### <style>"; every following line up to the next "###"
line belongs to its text (surrounding blank lines are stripped). Inline marks:
  [[P|Ana]]      identifier, type code P, region US
  [[P*|Ana]]     identifier, region INTL
  {{Eliquis}}    keep word
Type codes: P PERSON, L LOCATION, T PHONE_NUMBER, E EMAIL_ADDRESS, U URL, S US_SSN,
M MEDICAL_RECORD_NUMBER, D DATE_OF_BIRTH, A ACCOUNT_NUMBER.
"""
import glob
import os
import re

CODES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
MARK = re.compile(r"\[\[([A-Z])(\*?)\|(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def parse_block(style, raw):
    text_parts, idents, keeps = [], [], []
    pos = 0
    for m in MARK.finditer(raw):
        text_parts.append(raw[pos:m.start()])
        if m.group(1):
            code, star, val = m.group(1), m.group(2), m.group(3)
            if code not in CODES:
                raise ValueError(f"bad code {code} in {raw[:60]!r}")
            ent = {"text": val, "type": CODES[code], "region": "INTL" if star else "US"}
            if ent not in idents:
                idents.append(ent)
            text_parts.append(val)
        else:
            val = m.group(4)
            if val not in keeps:
                keeps.append(val)
            text_parts.append(val)
        pos = m.end()
    text_parts.append(raw[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unparsed mark in {text[:80]!r}")
    return {"style": style, "text": text, "identifiers": idents, "keep": keeps, "source": "hand"}


def load(folder):
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "hand_*.txt"))):
        with open(path, encoding="utf-8") as fh:
            content = fh.read()
        blocks = re.split(r"^### ", content, flags=re.M)
        for b in blocks[1:]:
            style, _, body = b.partition("\n")
            body = body.strip("\n").rstrip()
            out.append(parse_block(style.strip(), body))
    return out


if __name__ == "__main__":
    msgs = load(os.path.dirname(os.path.abspath(__file__)))
    print(len(msgs), "messages,", sum(len(m["identifiers"]) for m in msgs), "identifiers")
