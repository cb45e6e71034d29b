"""Parser for the inline markup in hand/*.txt (see hand/00_MARKUP.txt)."""
import re
from pathlib import Path

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
         "U": "URL", "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH",
         "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(P|L|PH|E|U|S|M|D|A)(/i)?:(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def parse_message(raw):
    out, idents, keeps, pos = [], [], [], 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1):
            t = m.group(3)
            idents.append({"text": t, "type": TYPES[m.group(1)],
                           "region": "INTL" if m.group(2) else "US"})
        else:
            t = m.group(4)
            keeps.append(t)
        out.append(t)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup in: " + text[:120])
    seen, uniq = set(), []
    for i in idents:
        k = (i["text"], i["type"], i["region"])
        if k not in seen:
            seen.add(k); uniq.append(i)
    kseen, kuniq = set(), []
    for k in keeps:
        if k not in kseen:
            kseen.add(k); kuniq.append(k)
    return text, uniq, kuniq


def parse_file(path):
    msgs, style, buf = [], None, []

    def flush():
        if style is None:
            return
        raw = "\n".join(buf).strip("\n")
        if raw.strip():
            text, idents, keeps = parse_message(raw)
            msgs.append({"style": style, "text": text, "identifiers": idents, "keep": keeps,
                         "source": "hand", "_file": Path(path).name})

    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        if line.startswith("%%"):
            continue
        if line.startswith("@@"):
            flush()
            style, buf = line[2:].strip(), []
            continue
        buf.append(line)
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for p in sorted(Path(folder).glob("*.txt")):
        if p.name.startswith("00_"):
            continue
        msgs.extend(parse_file(p))
    return msgs
