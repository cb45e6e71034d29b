"""Parser for the hand-written message files in hand/*.txt (markup described at the top of each file)."""
import glob
import os
import re

CODES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\{(PH|ph|P|p|L|l|E|e|U|u|S|s|M|m|D|d|A|a):(.*?)\}|\[\[(.*?)\]\]", re.S)


def parse_message(raw, style, where):
    out, idents, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1):
            code, val = m.group(1), m.group(2)
            region = "US" if code.isupper() else "INTL"
            typ = CODES[code.upper()]
            known = [i for i in idents if i["text"] == val]
            if known:
                if known[0]["type"] != typ or known[0]["region"] != region:
                    raise ValueError(f"{where}: conflicting labels for {val!r}")
            else:
                idents.append({"text": val, "type": typ, "region": region})
            out.append(val)
        else:
            val = m.group(3)
            if val not in keep:
                keep.append(val)
            out.append(val)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for bad in ("{", "}", "[[", "]]"):
        if bad in text:
            raise ValueError(f"{where}: stray markup {bad!r} in {text[:80]!r}")
    return {"style": style, "text": text, "identifiers": idents, "keep": keep, "source": "hand"}


def parse_file(path):
    msgs, style, buf, start = [], None, [], 0
    lines = open(path, encoding="utf-8").read().split("\n")

    def flush():
        if style is not None:
            raw = "\n".join(buf).strip()
            if not raw:
                raise ValueError(f"{path}:{start}: empty message")
            msgs.append(parse_message(raw, style, f"{os.path.basename(path)}:{start}"))

    for n, line in enumerate(lines, 1):
        if line.startswith("##"):
            continue
        if line.startswith("=== "):
            flush()
            style, buf, start = line[4:].strip(), [], n
        else:
            buf.append(line)
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        msgs.extend(parse_file(path))
    return msgs
