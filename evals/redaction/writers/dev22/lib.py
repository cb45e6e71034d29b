"""Markup parser shared by the hand-written files and the template generator.

Markup used while writing (it is stripped before the jsonl is written):
  «text|CODE»   an identifier.  CODE is one of
                P=PERSON  L=LOCATION  PH=PHONE_NUMBER  E=EMAIL_ADDRESS  U=URL
                S=US_SSN  M=MEDICAL_RECORD_NUMBER  D=DATE_OF_BIRTH  A=ACCOUNT_NUMBER
                followed by "!" when the region is INTL (default region is US).
  {text}        a keep word (must survive redaction exactly).
"""
import re, textwrap

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
         "U": "URL", "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH",
         "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"«([^«»|]+)\|([A-Z]+)(!?)»|\{([^{}]+)\}", re.S)


def parse(marked):
    """Return (text, identifiers, keep, spans) from a marked-up string."""
    out, ids, keep, spans = [], [], [], []
    pos, cur = 0, 0
    for m in TOKEN.finditer(marked):
        out.append(marked[pos:m.start()]); cur += m.start() - pos
        if m.group(1) is not None:
            val, code, bang = m.group(1), m.group(2), m.group(3)
            if code not in TYPES:
                raise ValueError(f"bad code {code} in {marked[:60]!r}")
            item = {"text": val, "type": TYPES[code], "region": "INTL" if bang else "US"}
            if item not in ids:
                for o in ids:
                    if o["text"] == val:
                        raise ValueError(f"same text two labels: {val!r}")
                ids.append(item)
            spans.append((cur, cur + len(val), "id"))
        else:
            val = m.group(4)
            if val not in keep:
                keep.append(val)
            spans.append((cur, cur + len(val), "keep"))
        out.append(val); cur += len(val); pos = m.end()
    out.append(marked[pos:])
    return "".join(out), ids, keep, spans


def msg(style, marked, source="hand"):
    marked = textwrap.dedent(marked).strip("\n").rstrip()
    text, ids, keep, spans = parse(marked)
    return {"style": style, "text": text, "identifiers": ids, "keep": keep,
            "source": source, "_spans": spans}
