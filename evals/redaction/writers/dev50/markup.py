"""Parser for the inline markup used in hand/*.txt (see README.md, section "Markup")."""
import re
from pathlib import Path

CODES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[([PLTEUSMDA])(!?):(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def parse_message(raw):
    """Return (text, identifiers, keep) for one marked-up message."""
    out, idents, keep, pos = [], [], [], 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1):
            val = m.group(3)
            rec = {"text": val, "type": CODES[m.group(1)], "region": "INTL" if m.group(2) else "US"}
            clash = [i for i in idents if i["text"] == val and i != rec]
            if clash:
                raise ValueError(f"same text with two labels: {val!r}")
            if rec not in idents:
                idents.append(rec)
            out.append(val)
        else:
            val = m.group(4)
            if val not in keep:
                keep.append(val)
            out.append(val)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unbalanced markup in: " + raw[:80])
    return text, idents, keep


def parse_file(path):
    msgs, cur, style = [], [], None
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        if line.startswith("%%"):
            continue
        if line.startswith("=== "):
            if style is not None:
                msgs.append((style, "\n".join(cur).strip("\n")))
            style, cur = line[4:].strip(), []
        else:
            cur.append(line)
    if style is not None:
        msgs.append((style, "\n".join(cur).strip("\n")))
    result = []
    for style, raw in msgs:
        text, idents, keep = parse_message(raw)
        result.append({"style": style, "text": text, "identifiers": idents, "keep": keep,
                       "source": "hand", "_file": Path(path).name})
    return result


def parse_dir(folder):
    out = []
    for p in sorted(Path(folder).glob("*.txt")):
        out.extend(parse_file(p))
    return out
