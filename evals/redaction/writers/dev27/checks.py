import re
def spans(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub))); i = text.find(sub, i + 1)
    return out

def row_problems(row):
    p = []
    t = row["text"]
    if "<" in t and ">" in t and re.search(r"<[^>]*>", t): pass
    ids, keep = row["identifiers"], row["keep"]
    if not keep: p.append("no keep")
    idsp = []
    for i in ids:
        if set(i) != {"text", "type", "region"}: p.append("bad id keys")
        if i["region"] not in ("US", "INTL"): p.append("bad region")
        s = spans(t, i["text"])
        if not s or not i["text"].strip(): p.append(f"id not substring: {i['text']!r}")
        idsp += s
        for k in keep:
            if len(i["text"]) >= 3 and i["text"].lower() in k.lower(): p.append(f"id {i['text']!r} inside keep {k!r}")
    for k in keep:
        ks = spans(t, k)
        if not ks: p.append(f"keep not substring: {k!r}")
        for a, b in ks:
            for c, d in idsp:
                if a < d and c < b: p.append(f"keep {k!r} overlaps id")
    return p
