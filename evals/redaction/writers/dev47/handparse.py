"""Parser for the hand-written message files in hand/*.txt (used by build.py).

File format
-----------
* Lines starting with "//" are comments.
* "### <style> <REGION>" starts a new message; REGION (US or INTL) is the default region
  for identifiers in that message.
* Everything up to the next "###" line is the message text (leading/trailing blank lines dropped,
  inner newlines kept).
* Inline markup inside the text:
    [[value|C]]        identifier, C is a type code (see CODES), default region of the block
    [[value|C/I]]      same, region INTL
    [[value|C/U]]      same, region US
    {{word}}           keep word (must survive redaction)
"""
import re
from pathlib import Path

CODES = {
    "P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
    "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER",
}
REGIONS = {"US": "US", "INTL": "INTL", "U": "US", "I": "INTL"}
MARK = re.compile(r"\[\[(.+?)\|([A-Z])(?:/([UI]))?\]\]|\{\{(.+?)\}\}", re.S)
HEADER = re.compile(r"^### (\w+) (US|INTL)\s*$")


def parse_block(raw, style, region, where):
    out, idents, keep, pos = [], {}, [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        pos = m.end()
        if m.group(4) is not None:
            w = m.group(4)
            out.append(w)
            if w not in keep:
                keep.append(w)
            continue
        val, code, reg = m.group(1), m.group(2), m.group(3)
        if code not in CODES:
            raise ValueError(f"{where}: unknown code {code!r} in {m.group(0)!r}")
        typ, rg = CODES[code], REGIONS[reg] if reg else region
        out.append(val)
        if val in idents:
            if idents[val]["type"] != typ:
                raise ValueError(f"{where}: {val!r} marked with two types")
        else:
            idents[val] = {"text": val, "type": typ, "region": rg}
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"{where}: unparsed markup left: {text!r}")
    return {"style": style, "text": text, "identifiers": list(idents.values()), "keep": keep}


def parse_file(path):
    msgs, cur, head = [], [], None
    lines = Path(path).read_text(encoding="utf-8").split("\n")

    def flush(lineno):
        if head is None:
            return
        raw = "\n".join(cur).strip("\n").strip()
        if not raw:
            raise ValueError(f"{path}:{lineno}: empty message")
        msgs.append(parse_block(raw, head[0], head[1], f"{path}:{head[2]}"))

    for i, line in enumerate(lines, 1):
        if line.startswith("//"):
            continue
        m = HEADER.match(line)
        if m:
            flush(i)
            head, cur = (m.group(1), m.group(2), i), []
        elif line.startswith("###"):
            raise ValueError(f"{path}:{i}: bad header {line!r}")
        elif head is not None:
            cur.append(line)
        elif line.strip():
            raise ValueError(f"{path}:{i}: text before first header")
    flush(len(lines))
    return msgs


def parse_dir(folder):
    msgs = []
    for p in sorted(Path(folder).glob("*.txt")):
        for m in parse_file(p):
            m["_file"] = p.name
            msgs.append(m)
    return msgs
