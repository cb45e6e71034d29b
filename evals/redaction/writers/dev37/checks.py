"""Per-message label checks shared by build.py and validate.py."""

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}


def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append((i, i + len(sub)))
        start = i + 1


def _wordchar(c):
    return c.isalnum() or c == "_"


def on_boundary(text, s, e):
    sub = text[s:e]
    if _wordchar(sub[0]) and s > 0 and _wordchar(text[s - 1]):
        return False
    if _wordchar(sub[-1]) and e < len(text) and _wordchar(text[e]):
        return False
    return True


def check_message(m):
    errs = []
    text = m["text"]
    id_spans = []
    texts = [i["text"] for i in m["identifiers"]]
    if len(texts) != len(set(texts)):
        errs.append("duplicate identifier text")
    for ident in m["identifiers"]:
        t = ident["text"]
        if ident.get("type") not in TYPES:
            errs.append("bad type %r" % ident.get("type"))
        if ident.get("region") not in ("US", "INTL"):
            errs.append("bad region %r" % ident.get("region"))
        if not t or t != t.strip():
            errs.append("empty or padded identifier %r" % t)
            continue
        occ = occurrences(text, t)
        if not occ:
            errs.append("identifier not in text: %r" % t)
        for s, e in occ:
            if not on_boundary(text, s, e):
                errs.append("identifier %r not on word boundary at %d" % (t, s))
            id_spans.append((s, e, t))
    # identifiers must not partly overlap each other (nesting inside another identifier is also rejected)
    for a in id_spans:
        for b in id_spans:
            if a is b or a[2] == b[2]:
                continue
            if a[0] < b[1] and b[0] < a[1]:
                errs.append("identifiers overlap: %r / %r" % (a[2], b[2]))
    for k in m["keep"]:
        if not k:
            errs.append("empty keep")
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append("keep not in text: %r" % k)
        for s, e in occ:
            for a in id_spans:
                if s < a[1] and a[0] < e:
                    errs.append("keep %r overlaps identifier %r" % (k, a[2]))
    return errs
