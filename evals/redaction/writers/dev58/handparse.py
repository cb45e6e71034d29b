"""Parser for the hand-written message files in hand/*.txt.

Format: a line "=== style" starts a message; the message text runs until the next "===" line.
Lines starting with "#" before the first "===" are comments.  Inside a message:
  [[X:text]]  identifier; X is P person, L location, T phone, E email, U url, S us_ssn,
              M medical record number, D date of birth, A account number; "Xi" marks region INTL
              (default US).  The text may span lines (multi-line addresses).
  {{text}}    a keep word.
"""
import glob, os, re

TYPE = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
        "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[([PLTEUSMDA])(i?):(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def parse_message(style, raw, where):
    text, idents, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(raw):
        text.append(raw[pos:m.start()])
        if m.group(1):
            val = m.group(3)
            idents.append({"text": val, "type": TYPE[m.group(1)],
                           "region": "INTL" if m.group(2) else "US"})
        else:
            val = m.group(4)
            keep.append(val)
        text.append(val)
        pos = m.end()
    text.append(raw[pos:])
    text = "".join(text)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"{where}: leftover markup in {text!r}")
    # one entry per distinct identifier text (every occurrence is covered by the one entry)
    uniq, seen = [], {}
    for i in idents:
        if i["text"] in seen:
            if seen[i["text"]] != (i["type"], i["region"]):
                raise ValueError(f"{where}: {i['text']!r} marked with two labels")
            continue
        seen[i["text"]] = (i["type"], i["region"])
        uniq.append(i)
    return {"style": style, "text": text, "identifiers": uniq,
            "keep": list(dict.fromkeys(keep)), "source": "hand"}


def parse_file(path):
    out, style, buf, start = [], None, [], 0
    lines = open(path, encoding="utf-8").read().split("\n")

    def flush():
        if style is not None:
            raw = "\n".join(buf).strip()
            out.append(parse_message(style, raw, f"{os.path.basename(path)}:{start}"))

    for n, line in enumerate(lines, 1):
        if line.startswith("=== "):
            flush()
            style, buf, start = line[4:].strip(), [], n
        elif style is None:
            if line.strip() and not line.startswith("#"):
                raise ValueError(f"{path}:{n}: text before first message")
        else:
            buf.append(line)
    flush()
    return out


def parse_all(folder):
    msgs = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        msgs.extend(parse_file(p))
    return msgs
