"""Row checks shared by build.py and validate.py."""
import re

def occurrences(text, sub, ci=True):
    t, s = (text.lower(), sub.lower()) if ci else (text, sub)
    if len(t) != len(text) or len(s) != len(sub):
        t, s = text, sub
    out, i = [], t.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = t.find(s, i + 1)
    return out

def row_problems(row):
    """Return (errors, warnings) for one row."""
    errs, warns = [], []
    text = row["text"]
    for it in row["identifiers"]:
        if it["text"] not in text:
            errs.append(f"identifier not substring: {it['text']!r}")
        if it["text"] != it["text"].strip() or not it["text"]:
            errs.append(f"identifier has edge whitespace: {it['text']!r}")
    for k in row["keep"]:
        if k not in text:
            errs.append(f"keep not substring: {k!r}")
    # no identifier occurrence (any case) may overlap a keep occurrence (any case)
    for it in row["identifiers"]:
        io = occurrences(text, it["text"])
        for k in row["keep"]:
            for ks, ke in occurrences(text, k):
                for s, e in io:
                    if s < ke and ks < e:
                        errs.append(f"identifier {it['text']!r} overlaps keep {k!r}")
                        break
    # identifier text appearing inside a longer word, outside every identifier span -> warning
    spans = [o for it in row["identifiers"] for o in occurrences(text, it["text"], ci=False)]
    for it in row["identifiers"]:
        for s, e in occurrences(text, it["text"]):
            if any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans):
                continue
            before = text[s - 1] if s > 0 else " "
            after = text[e] if e < len(text) else " "
            if (before.isalnum() and it["text"][0].isalnum()) or (after.isalnum() and it["text"][-1].isalnum()):
                warns.append(f"identifier {it['text']!r} also inside a longer word at {s}")
    # one text, one type
    seen = {}
    for it in row["identifiers"]:
        if seen.setdefault(it["text"], it["type"]) != it["type"]:
            errs.append(f"identifier {it['text']!r} has two types")
    return errs, warns
