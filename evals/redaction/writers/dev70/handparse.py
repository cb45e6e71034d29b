"""Parser for the inline markup in hand/*.txt (see hand/FORMAT.txt)."""
import re, glob, os

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[([A-Z]+)(?:/(US|INTL))?\|(.*?)\]\]|\{\{(.*?)\}\}", re.S)


def parse_block(block, where):
    lines = block.split("\n")
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    head = lines[0].split()
    assert head[0] == "@" and len(head) == 3 and head[2] in ("US", "INTL"), (where, lines[0])
    style, region = head[1], head[2]
    body = "\n".join(lines[1:]).rstrip()
    out, idents, keep, pos = [], [], [], 0
    for m in TOKEN.finditer(body):
        out.append(body[pos:m.start()])
        pos = m.end()
        if m.group(1):
            code, reg, txt = m.group(1), m.group(2) or region, m.group(3)
            assert code in TYPES, (where, code)
            assert "[[" not in txt and "{{" not in txt, (where, txt)
            out.append(txt)
            item = {"text": txt, "type": TYPES[code], "region": reg}
            if item not in idents:
                idents.append(item)
        else:
            txt = m.group(4)
            out.append(txt)
            if txt not in keep:
                keep.append(txt)
    out.append(body[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        assert bad not in text, (where, text)
    return {"style": style, "text": text, "identifiers": idents, "keep": keep, "source": "hand"}


def load_hand(folder):
    msgs = []
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        if os.path.basename(path) == "FORMAT.txt":
            continue
        raw = open(path, encoding="utf-8").read()
        for i, block in enumerate(raw.split("\n===\n")):
            if block.strip():
                msgs.append(parse_block(block, f"{os.path.basename(path)}#{i}"))
    return msgs
