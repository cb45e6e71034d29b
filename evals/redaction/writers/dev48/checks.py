"""Checks shared by build.py and validate.py."""
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def is_word(ch):
    return ch.isalnum() or ch == "_"


def on_boundary(text, s, e):
    sub = text[s:e]
    if is_word(sub[0]) and s > 0 and is_word(text[s - 1]):
        return False
    if is_word(sub[-1]) and e < len(text) and is_word(text[e]):
        return False
    return True


def problems(rec):
    """List of problems for one record (dict with text, identifiers, keep)."""
    out = []
    text = rec["text"]
    id_spans = []
    for ent in rec["identifiers"]:
        t = ent["text"]
        if not t or t != t.strip():
            out.append("identifier empty or padded: %r" % t)
            continue
        occ = occurrences(text, t)
        if not occ:
            out.append("identifier not a substring: %r" % t)
        for s, e in occ:
            if not on_boundary(text, s, e):
                out.append("identifier %r at %d not on a word boundary" % (t, s))
        id_spans.extend(occ)
        if ent.get("type") not in TYPES:
            out.append("bad type %r" % ent.get("type"))
        if ent.get("region") not in REGIONS:
            out.append("bad region %r" % ent.get("region"))
    for k in rec["keep"]:
        occ = occurrences(text, k)
        if not k or not occ:
            out.append("keep not a substring: %r" % k)
        for s, e in occ:
            for a, b in id_spans:
                if s < b and a < e:
                    out.append("keep %r at %d overlaps an identifier occurrence" % (k, s))
    return out
