"""Parser for the hand-written message files in hand/*.txt (markup described at the top of each file)."""
import re, glob, os

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
MARK = re.compile(r"\{([PLTEUSMDAapltesmd])\|(.*?)\}|<<(.*?)>>", re.S)


def parse_block(style, raw):
    ids, keep, spans, pos = [], [], [], 0
    out = ""
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        if m.group(3) is not None:
            k = m.group(3)
            out += k
            if k not in keep:
                keep.append(k)
        else:
            code, val = m.group(1), m.group(2)
            region = "US" if code.isupper() else "INTL"
            typ = TYPES[code.upper()]
            spans.append((len(out), len(out) + len(val)))
            out += val
            entry = {"text": val, "type": typ, "region": region}
            if not any(e["text"] == val and e["type"] == typ for e in ids):
                ids.append(entry)
        pos = m.end()
    out += raw[pos:]
    if "{" in out or "}" in out or "<<" in out or ">>" in out.replace("> ", "  "):
        raise ValueError("stray markup in: " + out[:80])
    return {"style": style, "text": out, "identifiers": ids, "keep": keep, "_spans": spans}


def parse_file(path):
    msgs, style, lines = [], None, []
    def flush():
        if style is not None:
            raw = "\n".join(lines).strip("\n")
            msgs.append(parse_block(style, raw))
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("%"):
            continue
        if line.startswith("@ "):
            flush()
            style, lines = line[2:].strip(), []
        else:
            lines.append(line)
    flush()
    return msgs


def parse_all(folder):
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        for m in parse_file(path):
            m["_file"] = os.path.basename(path)
            out.append(m)
    return out
