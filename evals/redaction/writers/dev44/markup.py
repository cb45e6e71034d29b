"""Shared parser for the small markup used by the hand-written files and the templates.

  {T:value} / {T/I:value} / {T/U:value}   identifier (type code T, optional region override)
  [[word]]                               keep word
"""
import re

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}

TOKEN = re.compile(r"\{(P|L|PH|E|U|S|M|D|A)(?:/([IU]))?:([^{}]*)\}|\[\[([^\[\]]*)\]\]", re.S)


def segments(marked, default_region):
    """Split marked text into (kind, text, type, region); kind in plain/id/keep."""
    out, pos = [], 0
    for m in TOKEN.finditer(marked):
        if m.start() > pos:
            out.append(("plain", marked[pos:m.start()], None, None))
        if m.group(4) is not None:
            out.append(("keep", m.group(4), None, None))
        else:
            reg = {"I": "INTL", "U": "US", None: default_region}[m.group(2)]
            out.append(("id", m.group(3), TYPES[m.group(1)], reg))
        pos = m.end()
    if pos < len(marked):
        out.append(("plain", marked[pos:], None, None))
    return out


def assemble(segs, transform=None):
    """Return (text, identifiers, keep) from segments, optionally transforming every piece's text."""
    text, ids, keep, seen_i, seen_k = [], [], [], set(), set()
    for kind, t, typ, reg in segs:
        if transform:
            t = transform(t)
        text.append(t)
        if kind == "id" and (t, typ) not in seen_i:
            seen_i.add((t, typ))
            ids.append({"text": t, "type": typ, "region": reg})
        elif kind == "keep" and t not in seen_k:
            seen_k.add(t)
            keep.append(t)
    full = "".join(text)
    if "{" in full or "[[" in full or "]]" in full:
        raise ValueError("left-over markup: " + full[:80])
    return full, ids, keep
