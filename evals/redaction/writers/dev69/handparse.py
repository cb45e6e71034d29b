"""Parser for the hand-written message files in hand/*.txt.

Markup (my own):
  === style            starts a new message; everything up to the next '===' line is the text
  [[text|T]]           identifier, region US
  [[text|T|I]]         identifier, region INTL
  {{text}}             keep word
Type codes: N PERSON, L LOCATION, P PHONE_NUMBER, E EMAIL_ADDRESS, U URL, S US_SSN,
            M MEDICAL_RECORD_NUMBER, D DATE_OF_BIRTH, A ACCOUNT_NUMBER
Identifier text may span lines.
"""
import glob, os, re

TYPES = {"N": "PERSON", "L": "LOCATION", "P": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|([A-Z])(?:\|(I))?\]\]|\{\{(.+?)\}\}", re.S)


def parse_message(style, raw, where):
    out, ids, keep, pos = [], [], [], 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(4) is not None:
            k = m.group(4)
            out.append(k)
            if k not in keep:
                keep.append(k)
        else:
            t, code, intl = m.group(1), m.group(2), m.group(3)
            if code not in TYPES:
                raise ValueError(f"{where}: bad type code {code!r} in {m.group(0)!r}")
            out.append(t)
            ident = {"text": t, "type": TYPES[code], "region": "INTL" if intl else "US"}
            if ident not in ids:
                ids.append(ident)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in text:
            raise ValueError(f"{where}: leftover markup {bad!r}: {text[:80]!r}")
    return {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "hand"}


def parse_file(path):
    msgs, style, buf, start = [], None, [], 0
    lines = open(path, encoding="utf-8").read().split("\n")

    def flush():
        if style is not None:
            raw = "\n".join(buf).strip("\n")
            if raw.strip():
                msgs.append(parse_message(style, raw, f"{os.path.basename(path)}:{start}"))

    for i, line in enumerate(lines, 1):
        if line.startswith("=== "):
            flush()
            style, buf, start = line[4:].strip(), [], i
        else:
            buf.append(line)
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        msgs.extend(parse_file(p))
    return msgs
