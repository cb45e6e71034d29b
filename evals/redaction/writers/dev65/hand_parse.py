"""Parser for the inline markup used in hand/*.txt (see the header of hand/01_family_chat.txt)."""
import glob
import os
import re

CODES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ACC": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|(P|L|PH|E|U|SSN|MRN|DOB|ACC)(?:\|(I|US))?\]\]|\{\{(.+?)\}\}", re.S)


def parse_block(style, body, where):
    text, ids, keep, pos = [], {}, [], 0
    for m in TOKEN.finditer(body):
        text.append(body[pos:m.start()])
        pos = m.end()
        if m.group(1) is not None:
            t, code, reg = m.group(1), m.group(2), m.group(3)
            typ, region = CODES[code], ("INTL" if reg == "I" else "US")
            if t in ids and ids[t] != (typ, region):
                raise ValueError(f"{where}: {t!r} labelled twice differently")
            ids.setdefault(t, (typ, region))
            text.append(t)
        else:
            k = m.group(4)
            if k not in keep:
                keep.append(k)
            text.append(k)
    text.append(body[pos:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain or "{{" in plain or "}}" in plain:
        raise ValueError(f"{where}: unparsed markup left: {plain!r}")
    return {"style": style, "text": plain,
            "identifiers": [{"text": t, "type": ty, "region": rg} for t, (ty, rg) in ids.items()],
            "keep": keep, "source": "hand"}


def parse_file(path):
    msgs, style, buf, start = [], None, [], 0
    lines = open(path, encoding="utf-8").read().split("\n")

    def flush():
        if style is None:
            return
        body = "\n".join(buf).strip("\n")
        body = "\n".join(l.rstrip() for l in body.split("\n"))
        if body.strip():
            msgs.append(parse_block(style, body, f"{os.path.basename(path)}:{start}"))

    for n, ln in enumerate(lines, 1):
        if ln.startswith("%%"):
            continue
        if ln.startswith("@@"):
            flush()
            style, buf, start = ln[2:].strip(), [], n
        else:
            buf.append(ln)
    flush()
    return msgs


def parse_all(folder):
    out = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        out.extend(parse_file(p))
    return out
