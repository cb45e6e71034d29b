"""Inline markup used by the hand-written modules and the templates.

[[value|T]]   identifier, region US        [[value|T!]]  identifier, region INTL
{{word}}      keep word
T: P=PERSON L=LOCATION PH=PHONE_NUMBER E=EMAIL_ADDRESS U=URL S=US_SSN
   M=MEDICAL_RECORD_NUMBER D=DATE_OF_BIRTH A=ACCOUNT_NUMBER
"""
import re

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
         "U": "URL", "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH",
         "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|(P|L|PH|E|U|S|M|D|A)(!?)\]\]|\{\{(.+?)\}\}", re.S)


def parse(marked):
    out, ids, keep, pos = [], [], [], 0
    for m in TOKEN.finditer(marked):
        out.append(marked[pos:m.start()])
        pos = m.end()
        if m.group(4) is not None:
            out.append(m.group(4))
            if m.group(4) not in keep:
                keep.append(m.group(4))
        else:
            val, t, intl = m.group(1), TYPES[m.group(2)], m.group(3) == "!"
            out.append(val)
            item = {"text": val, "type": t, "region": "INTL" if intl else "US"}
            if item not in ids:
                ids.append(item)
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup in: " + marked[:120])
    return text, ids, keep
