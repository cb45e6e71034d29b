"""Inline markup used by the hand-written files and the templates.

  [[P:Will Hart]]      identifier, type code P, region US (default)
  [[Pi:김민준]]         identifier, type code P, region INTL (trailing 'i')
  {{metformin}}        keep word (must survive redaction)

Type codes:
  P PERSON, L LOCATION, T PHONE_NUMBER, E EMAIL_ADDRESS, U URL, S US_SSN,
  M MEDICAL_RECORD_NUMBER, D DATE_OF_BIRTH, A ACCOUNT_NUMBER
"""
import re

TYPES = {
    "P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
    "U": "URL", "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH",
    "A": "ACCOUNT_NUMBER",
}
TOKEN = re.compile(r"\[\[([PLTEUSMDA])(i?):(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def parse(marked):
    """Return (text, identifiers, keep, id_spans, keep_spans)."""
    out, pos, n = [], 0, 0
    ids, keep, id_spans, keep_spans = [], [], [], []
    for m in TOKEN.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        if m.group(1):
            val = m.group(3)
            item = {"text": val, "type": TYPES[m.group(1)],
                    "region": "INTL" if m.group(2) else "US"}
            if item not in ids:
                ids.append(item)
            id_spans.append((n, n + len(val)))
        else:
            val = m.group(4)
            if val not in keep:
                keep.append(val)
            keep_spans.append((n, n + len(val)))
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup in: " + marked[:120])
    return text, ids, keep, id_spans, keep_spans
