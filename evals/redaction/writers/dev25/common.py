"""Shared helpers: inline markup parser used by the hand-written modules and the templates.

Markup:  [[X:value]]  marks an identifier. X is a type code; UPPER case = region US,
         lower case = region INTL.
           P person, L location, T phone, E email, U url, S US_SSN,
           M medical record number, D date of birth, A account number
         {{word}}  marks a keep word (must survive redaction).
"""
import re, textwrap

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
         "U": "URL", "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH",
         "A": "ACCOUNT_NUMBER"}
ID_RE = re.compile(r"\[\[([A-Za-z]):(.*?)\]\]", re.S)
KEEP_RE = re.compile(r"\{\{(.*?)\}\}", re.S)


def parse(markup):
    """Return (text, identifiers, keep) from a marked-up message."""
    ids, keep = [], []

    def _id(m):
        code, val = m.group(1), m.group(2)
        t = TYPES[code.upper()]
        reg = "US" if code.isupper() else "INTL"
        ent = {"text": val, "type": t, "region": reg}
        if ent not in ids:
            ids.append(ent)
        return val

    def _keep(m):
        if m.group(1) not in keep:
            keep.append(m.group(1))
        return m.group(1)

    text = ID_RE.sub(_id, markup)
    text = KEEP_RE.sub(_keep, text)
    return text, ids, keep


def clean(block):
    """Dedent a triple-quoted block and strip the surrounding blank lines."""
    return textwrap.dedent(block).strip("\n").rstrip()
