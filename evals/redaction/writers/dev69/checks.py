"""Per-message checks shared by build.py (to reject a bad template draw) and validate.py."""
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}


def occurrences(text, sub):
    out, i = [], text.find(sub) if sub else -1
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def wordchar(c):
    return c.isalnum() or c == "_"


def identifier_spans(r):
    spans = []
    for ident in r["identifiers"]:
        spans.extend(occurrences(r["text"], ident["text"]))
    return spans


def message_problems(r):
    rid, text, probs = r.get("id", "?"), r["text"], []
    if not isinstance(text, str) or not text.strip():
        return [f"{rid}: empty text"]
    spans = []
    seen = set()
    for ident in r["identifiers"]:
        if set(ident) != {"text", "type", "region"}:
            probs.append(f"{rid}: identifier keys {sorted(ident)}")
            continue
        t = ident["text"]
        if (t, ident["type"]) in seen:
            probs.append(f"{rid}: duplicate identifier entry {t!r}")
        seen.add((t, ident["type"]))
        if ident["type"] not in TYPES:
            probs.append(f"{rid}: bad type {ident['type']}")
        if ident["region"] not in REGIONS:
            probs.append(f"{rid}: bad region {ident['region']}")
        if not t or t != t.strip():
            probs.append(f"{rid}: identifier empty or has outer whitespace {t!r}")
            continue
        occ = occurrences(text, t)
        if not occ:
            probs.append(f"{rid}: identifier not a substring: {t!r}")
        for s, e in occ:
            if wordchar(t[0]) and s > 0 and wordchar(text[s - 1]):
                probs.append(f"{rid}: identifier {t!r} not on a word boundary at start (pos {s})")
            if wordchar(t[-1]) and e < len(text) and wordchar(text[e]):
                probs.append(f"{rid}: identifier {t!r} not on a word boundary at end (pos {e})")
        spans.extend(occ)
    if not isinstance(r["keep"], list):
        return probs + [f"{rid}: keep is not a list"]
    if len(set(r["keep"])) != len(r["keep"]):
        probs.append(f"{rid}: duplicate keep entry")
    for k in r["keep"]:
        occ = occurrences(text, k) if isinstance(k, str) else []
        if not occ:
            probs.append(f"{rid}: keep not a substring: {k!r}")
        for s, e in occ:
            for a, b in spans:
                if s < b and a < e:
                    probs.append(f"{rid}: keep {k!r} at {s} overlaps identifier text {text[a:b]!r}")
    return probs
