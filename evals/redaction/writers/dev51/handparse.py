"""Parser for the hand-file markup described in hand/FORMAT.txt."""
import re, glob, os

CODES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|([PLTEUSMDA])(?:@([iu]))?\]\]|\{\{(.+?)\}\}", re.S)


def parse_message(style, default_region, body, where):
    out, idents, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(body):
        out.append(body[pos:m.start()])
        if m.group(1) is not None:
            text, code, reg = m.group(1), m.group(2), m.group(3)
            region = {"i": "INTL", "u": "US"}.get(reg, default_region)
            ent = {"text": text, "type": CODES[code], "region": region}
            if not any(e["text"] == text and e["type"] == ent["type"] for e in idents):
                idents.append(ent)
            out.append(text)
        else:
            k = m.group(4)
            if k not in keep:
                keep.append(k)
            out.append(k)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unparsed markup in {where}: {text!r}")
    return {"style": style, "text": text, "identifiers": idents, "keep": keep, "source": "hand"}


def parse_file(path):
    msgs, cur = [], None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    def flush():
        if cur is None:
            return
        body = "\n".join(cur["lines"]).strip("\n")
        msgs.append(parse_message(cur["style"], cur["region"], body, f"{os.path.basename(path)}:{cur['line']}"))
    for i, line in enumerate(lines, 1):
        if line.startswith("%%"):
            continue
        if line.startswith("### "):
            flush()
            parts = line[4:].split()
            cur = {"style": parts[0], "region": "INTL" if "intl" in parts[1:] else "US", "lines": [], "line": i}
        elif cur is not None:
            cur["lines"].append(line)
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        if os.path.basename(p) == "FORMAT.txt":
            continue
        msgs.extend(parse_file(p))
    return msgs
