"""Shared markup parser for hand-written and template messages.

Markup:  {X:text}  identifier of type X (P L T E U S M D A), region = message default
         {X/I:text} region INTL, {X/U:text} region US
         [text]     keep word
Everything else is plain message text.
"""
import re

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\{([PLTEUSMDA])(?:/([IU]))?:(.*?)\}|\[(.*?)\]", re.S | re.I)


def parse(markup):
    """-> list of segments (kind, text, type, region_override); kind in plain/ident/keep."""
    segs, pos = [], 0
    for m in TOKEN.finditer(markup):
        if m.start() > pos:
            segs.append(("plain", markup[pos:m.start()], None, None))
        if m.group(4) is not None:
            segs.append(("keep", m.group(4), None, None))
        else:
            reg = {"I": "INTL", "U": "US"}.get((m.group(2) or "").upper())
            segs.append(("ident", m.group(3), TYPES[m.group(1).upper()], reg))
        pos = m.end()
    if pos < len(markup):
        segs.append(("plain", markup[pos:], None, None))
    for s in segs:
        if s[0] == "plain" and re.search(r"[{}\[\]]", s[1]):
            raise ValueError("stray markup char in: %r" % markup)
    return segs


def render(markup, default_region, case=None):
    """-> (text, identifiers, keep, spans). case: None, 'lower' or 'upper' applied per segment."""
    segs = parse(markup)
    out, idents, keeps, spans, pos = [], [], [], [], 0
    for kind, t, typ, reg in segs:
        if case == "lower":
            t = t.lower()
        elif case == "upper":
            t = t.upper()
        if kind == "ident":
            spans.append((pos, pos + len(t), t))
            item = {"text": t, "type": typ, "region": reg or default_region}
            if item not in idents:
                idents.append(item)
        elif kind == "keep":
            if t not in keeps:
                keeps.append(t)
        out.append(t)
        pos += len(t)
    return "".join(out), idents, keeps, spans


def occurrences(text, sub):
    res, i = [], text.find(sub)
    while i != -1:
        res.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return res


def on_boundary(text, s, e):
    sub = text[s:e]
    if sub[:1].isalnum() and s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
        return False
    if sub[-1:].isalnum() and e < len(text) and (text[e].isalnum() or text[e] == "_"):
        return False
    return True


def problems(text, idents, keeps, spans=None):
    """Return a list of problem strings for one message."""
    errs = []
    ident_occ = []
    for it in idents:
        occ = occurrences(text, it["text"])
        if not occ:
            errs.append("identifier not found: %r" % it["text"])
        for s, e in occ:
            if not on_boundary(text, s, e):
                errs.append("identifier occurrence not on word boundary: %r" % it["text"])
        ident_occ += occ
        if spans is not None:
            # every occurrence must lie within some labelled span (no stray unlabelled copies)
            for s, e in occ:
                if not any(a <= s and e <= b for a, b, _ in spans):
                    errs.append("unlabelled extra occurrence of %r" % it["text"])
    for k in keeps:
        occ = occurrences(text, k)
        if not occ:
            errs.append("keep not found: %r" % k)
        for s, e in occ:
            for a, b in ident_occ:
                if s < b and a < e:
                    errs.append("keep %r overlaps identifier occurrence %r" % (k, text[a:b]))
    return errs
