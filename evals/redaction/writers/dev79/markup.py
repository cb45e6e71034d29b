"""Parse the dev79 markup used by both the hand-written files and the templates.

  [[value|T]] or [[value|T|R]]  an identifier; T in P L PH E U S M D A; R in US/INTL (U/I), default = line region
  {{value}}                     a keep word
Literal "\\n" in a hand-written line becomes a newline.
"""
import re

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
REG = {"US": "US", "U": "US", "INTL": "INTL", "I": "INTL"}
TOK = re.compile(r"\[\[(.+?)\|(PH|P|L|E|U|S|M|D|A)(?:\|(US|INTL|U|I))?\]\]|\{\{(.+?)\}\}", re.S)


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def is_cjk(ch):
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
            or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F or 0xF900 <= o <= 0xFAFF)


def on_boundary(text, s, e):
    """Neither neighbour continues the identifier as a word. Chinese/Japanese/Korean script is written without
    spaces, so a CJK character next to a CJK edge of the identifier counts as a boundary."""
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    ok_before = not before.isalnum() or (is_cjk(before) and is_cjk(text[s]))
    ok_after = not after.isalnum() or (is_cjk(after) and is_cjk(text[e - 1]))
    return ok_before and ok_after


def parse(raw, default_region):
    """Return (text, identifiers, keep, problems)."""
    raw = raw.replace("\\n", "\n")
    text, ids, keeps, spans, kspans = "", [], [], [], []
    pos = 0
    for m in TOK.finditer(raw):
        text += raw[pos:m.start()]
        if m.group(4) is not None:
            v = m.group(4)
            kspans.append((len(text), len(text) + len(v)))
            text += v
            if v not in keeps:
                keeps.append(v)
        else:
            v, t, r = m.group(1), TYPES[m.group(2)], REG[m.group(3) or default_region]
            spans.append((len(text), len(text) + len(v)))
            text += v
            ident = {"text": v, "type": t, "region": r}
            if not any(i["text"] == v for i in ids):
                ids.append(ident)
            else:
                prev = [i for i in ids if i["text"] == v][0]
                if prev["type"] != t:
                    raise ValueError(f"same text two types: {v}")
        pos = m.end()
    text += raw[pos:]
    problems = []
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        problems.append("leftover markup")
    allspans = []
    for i in ids:
        for s, e in occurrences(text, i["text"]):
            allspans.append((s, e))
            if not on_boundary(text, s, e):
                problems.append(f"not on word boundary: {i['text']!r} at {s}")
            if not any(a <= s and e <= b for a, b in spans):
                problems.append(f"unmarked occurrence of identifier {i['text']!r} at {s}: ...{text[max(0,s-20):e+20]!r}")
    for k in keeps:
        for s, e in occurrences(text, k):
            if any(s < b and a < e for a, b in allspans):
                problems.append(f"keep {k!r} overlaps an identifier at {s}")
    return text, ids, keeps, problems


AMBIG = ("Will Hope Faith Grace Joy June May Summer Rich Bill Art Pat Sunny Jack Drew Rose Lily Ivy Dawn Autumn Chase "
         "Hunter Mercedes Sandy Reed Park Hill Young Brown Bird Fox Wolf Stone Rice Little Long Gay Strong Church "
         "Bell King Cook Baker Hunt Love Moody Sharp Frost Snow Winter Day Price Best Person Case").split()


def warnings(text, ids, keeps):
    """Soft checks for review: capitalised ambiguous words / name tokens left outside identifiers and keeps."""
    covered = []
    for x in [i["text"] for i in ids] + keeps:
        covered += occurrences(text, x)
    names = set()
    for i in ids:
        if i["type"] == "PERSON":
            for tkn in re.findall(r"\w+", i["text"]):
                if len(tkn) > 1:
                    names.add(tkn)
    words = set()
    for w in AMBIG:
        words |= {w, w.upper(), w.lower()}
    out = []
    for m in re.finditer(r"\w+", text):
        w = m.group(0)
        if (w in names or (w in words and w[0].isupper())) and not any(a <= m.start() and m.end() <= b for a, b in covered):
            out.append(f"uncovered {w!r}: ...{text[max(0, m.start()-25):m.end()+25]!r}")
    return out
