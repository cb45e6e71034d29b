"""Parse the hand-written message files in hand/*.txt.

Markup (my own):
  === style                 starts a new message; the text is every following line up to the next ===
  [[P:text]]                identifier; codes P PERSON, L LOCATION, PH PHONE_NUMBER, E EMAIL_ADDRESS, U URL,
                            S US_SSN, M MEDICAL_RECORD_NUMBER, D DATE_OF_BIRTH, A ACCOUNT_NUMBER
  [[P*:text]]               same, region INTL (no star = US)
  {{text}}                  a keep word
  lines starting with '%%'  comments, dropped
Markup may span lines (multi-line addresses).
"""
import glob, os, re

CODES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(P|L|PH|E|U|S|M|D|A)(\*?):(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def parse_block(style, raw, where):
    text, ids, keep, spans = [], [], [], []
    pos, out_len = 0, 0
    for m in TOKEN.finditer(raw):
        chunk = raw[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        if m.group(1):
            val = m.group(3)
            ent = {"text": val, "type": CODES[m.group(1)], "region": "INTL" if m.group(2) else "US"}
            if ent not in ids:
                ids.append(ent)
            spans.append((out_len, out_len + len(val), val))
        else:
            val = m.group(4)
            if val not in keep:
                keep.append(val)
        text.append(val)
        out_len += len(val)
        pos = m.end()
    text.append(raw[pos:])
    full = "".join(text)
    if "[[" in full or "]]" in full or "{{" in full or "}}" in full:
        raise ValueError("broken markup in %s: %r" % (where, full[:80]))
    return {"style": style, "text": full, "identifiers": ids, "keep": keep, "_spans": spans, "_where": where}


def parse_file(path):
    msgs, style, lines, start = [], None, [], 0
    with open(path, encoding="utf-8") as f:
        rows = f.read().split("\n")

    def flush():
        if style is not None:
            raw = "\n".join(lines).strip("\n")
            msgs.append(parse_block(style, raw, "%s:%d" % (os.path.basename(path), start)))

    for n, row in enumerate(rows, 1):
        if row.startswith("%%"):
            continue
        if row.startswith("=== "):
            flush()
            style, lines, start = row[4:].strip(), [], n
        else:
            lines.append(row)
    flush()
    return msgs


def parse_all(folder):
    out = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        out.extend(parse_file(p))
    return out


def unmarked_occurrences(msg):
    """Occurrences of an identifier text that are not covered by any marked span (for my own review)."""
    res = []
    for ent in msg["identifiers"]:
        t = ent["text"]
        i = msg["text"].find(t)
        while i != -1:
            if not any(a <= i and i + len(t) <= b for a, b, _ in msg["_spans"]):
                res.append((t, i))
            i = msg["text"].find(t, i + 1)
    return res


TITLE_WORDS = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "nurse", "aunt", "uncle", "mom", "dad",
               "grandma", "grandpa", "tia", "tío", "tio", "sr.", "sra.", "mrn", "dob", "prof.", "herr", "frau", "mme",
               "m.", "sister", "brother", "son", "daughter", "auntie", "abuela", "abuelo", "fr.", "rev.", "pastor"}


def lint(msg):
    """My own mistakes check: titles/relation words/labels must stay outside identifier texts."""
    probs = []
    for ent in msg["identifiers"]:
        t = ent["text"]
        first = t.split()[0].lower() if t.split() else ""
        if ent["type"] == "PERSON" and first in TITLE_WORDS:
            probs.append("title inside PERSON: %r" % t)
        if t != t.strip():
            probs.append("whitespace at edge: %r" % t)
        if ent["type"] in ("MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "US_SSN", "ACCOUNT_NUMBER") and \
                re.match(r"(?i)(mrn|dob|ssn|acct|account|iban|member|id|chart|born|card|routing)\b", t):
            probs.append("label inside identifier: %r" % t)
    return probs
