"""Shared markup parser for dev42.

<<CODE|text>>  identifier. CODE: P L T E U S M D A (+ optional trailing i/I = INTL region)
[[text]]       keep word
"""
import re

TYPES = {
    "P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
    "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER",
}
TOKEN = re.compile(r"<<([A-Za-z]{1,2})\|(.*?)>>|\[\[(.*?)\]\]", re.S)


def parse(markup):
    """Return a list of segments: (kind, text, type, region); kind in plain/id/keep."""
    segs, pos = [], 0
    for m in TOKEN.finditer(markup):
        if m.start() > pos:
            segs.append(("plain", markup[pos:m.start()], None, None))
        if m.group(1):
            code = m.group(1)
            t = TYPES[code[0].upper()]
            region = "INTL" if len(code) == 2 and code[1].lower() == "i" else "US"
            segs.append(("id", m.group(2), t, region))
        else:
            segs.append(("keep", m.group(3), None, None))
        pos = m.end()
    if pos < len(markup):
        segs.append(("plain", markup[pos:], None, None))
    return segs


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def assemble(segs):
    """Join segments; return text, identifiers (deduped, in order), keeps, marked id spans, problems."""
    text, ids, keeps, spans, kspans = "", [], [], [], []
    for kind, s, t, r in segs:
        start = len(text)
        text += s
        if kind == "id":
            spans.append((start, len(text), s))
            if not any(i["text"] == s and i["type"] == t for i in ids):
                ids.append({"text": s, "type": t, "region": r})
        elif kind == "keep":
            kspans.append((start, len(text)))
            if s not in keeps:
                keeps.append(s)
    problems = []
    # the same text must not be labelled with two different types
    seen = {}
    for i in ids:
        if i["text"] in seen and seen[i["text"]] != i["type"]:
            problems.append("two types for %r" % i["text"])
        seen[i["text"]] = i["type"]
    # every occurrence of an identifier text must be a marked occurrence or lie inside another marked span
    for i in ids:
        for a, b in occurrences(text, i["text"]):
            if not any(x <= a and b <= y for x, y, _ in spans):
                problems.append("unmarked occurrence of %r at %d" % (i["text"], a))
    return text, ids, keeps, problems
