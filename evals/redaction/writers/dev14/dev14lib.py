"""Shared helpers for the dev14 redaction split: markup parser, per-record checks, value builders.
Written from FROZEN_SPEC.md only."""
import re, string

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "W": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
REGIONS = {"U": "US", "I": "INTL"}
STYLES = ["lower_case", "all_caps", "speaker_label", "list", "run_on", "signature", "form",
          "international", "clinician_note", "general_text", "voicemail", "group_chat",
          "forwarded", "billing", "typos", "multi_identifier"]

# ---------------- markup ----------------
# identifiers: [[value|P|U]]   keep words: {{word}}
TOK = re.compile(r"\[\[(.+?)\|([PLTEWSMDA])\|([UI])\]\]|\{\{(.+?)\}\}", re.S)

def parse(marked, case=None):
    """Return (text, ids, keeps, id_spans).  case: None|'upper'|'lower' applied to every segment."""
    f = (lambda s: s) if case is None else (str.upper if case == "upper" else str.lower)
    out, ids, keeps, spans, pos, n = [], [], [], [], 0, 0
    for m in TOK.finditer(marked):
        seg = f(marked[pos:m.start()]); out.append(seg); n += len(seg)
        if m.group(1) is not None:
            v = f(m.group(1)); spans.append((n, n + len(v), v))
            if v not in [i["text"] for i in ids]:
                ids.append({"text": v, "type": TYPES[m.group(2)], "region": REGIONS[m.group(3)]})
        else:
            v = f(m.group(4))
            if v not in keeps: keeps.append(v)
        out.append(v); n += len(v); pos = m.end()
    seg = f(marked[pos:]); out.append(seg)
    return "".join(out), ids, keeps, spans

def _wordch(c):
    return c.isalnum() and ord(c) < 0x2E80   # CJK / kana / hangul have no word spaces

def occurrences(text, s):
    i, res = text.find(s), []
    while i >= 0:
        res.append((i, i + len(s))); i = text.find(s, i + 1)
    return res

def check_record(rec, spans=None):
    """Problems in one record (list of strings).  spans: marked identifier positions if known."""
    p, t = [], rec.get("text", "")
    for k in ("id", "style", "text", "identifiers", "keep", "source"):
        if k not in rec: p.append(f"missing key {k}")
    if rec.get("style") not in STYLES: p.append(f"bad style {rec.get('style')}")
    if rec.get("source") not in ("hand", "template"): p.append("bad source")
    idocc = []
    for i in rec.get("identifiers", []):
        if i.get("type") not in TYPES.values(): p.append(f"bad type {i}")
        if i.get("region") not in ("US", "INTL"): p.append(f"bad region {i}")
        s = i.get("text", "")
        if not s or s != s.strip(): p.append(f"empty/padded identifier {s!r}")
        occ = occurrences(t, s)
        if not occ: p.append(f"identifier not in text: {s!r}")
        idocc += [(a, b, s) for a, b in occ]
    for a, b, s in idocc:
        inside_other = any(a2 <= a and b <= b2 and (a2, b2) != (a, b) for a2, b2, _ in idocc)
        if inside_other: continue
        if _wordch(s[0]) and a > 0 and _wordch(t[a - 1]):
            p.append(f"identifier {s!r} occurs inside a word at {a}")
        if _wordch(s[-1]) and b < len(t) and _wordch(t[b]):
            p.append(f"identifier {s!r} occurs inside a word at {a}")
        if spans is not None and not any(x == a and y == b for x, y, _ in spans) \
                and not any(x <= a and b <= y for x, y, _ in spans):
            p.append(f"identifier {s!r} also occurs unmarked at {a} (ordinary use)")
    for k in rec.get("keep", []):
        occ = occurrences(t, k)
        if not occ: p.append(f"keep not in text: {k!r}")
        for a, b in occ:
            for a2, b2, s in idocc:
                if a < b2 and a2 < b: p.append(f"keep {k!r} overlaps identifier {s!r}")
    ids = [i["text"] for i in rec.get("identifiers", [])]
    if len(ids) != len(set(ids)): p.append("duplicate identifier text")
    return p

# ---------------- value builders ----------------
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)

def luhn_ok(num):
    d = [c for c in num if c.isdigit()]
    return luhn_digit("".join(d[:-1])) == d[-1]

def iban_check(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r.upper())
    return "%02d" % (98 - int(n) % 97)

def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def aba_ok(r):
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0
