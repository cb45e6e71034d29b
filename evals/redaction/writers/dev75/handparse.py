"""Parser for the inline markup used in hand/*.txt.

File format
-----------
* A message starts with a header line `## <style>`; its text is every following line up to the
  next header (leading/trailing blank lines dropped, inner newlines kept).
* Lines starting with `//` are comments and are dropped.
* `[[text|T]]` marks an identifier, `[[text|T/I]]` the same with region INTL (default region US).
  T is one of P (PERSON), L (LOCATION), PH (PHONE_NUMBER), E (EMAIL_ADDRESS), U (URL),
  S (US_SSN), M (MEDICAL_RECORD_NUMBER), D (DATE_OF_BIRTH), A (ACCOUNT_NUMBER).
* `{{text}}` marks a keep word.
"""
import re
from pathlib import Path

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
MARK = re.compile(r"\[\[(.+?)\|([A-Z]+)(?:/([IU]))?\]\]|\{\{(.+?)\}\}", re.S)


def parse_block(raw):
    text_parts, idents, keeps, pos = [], [], [], 0
    for m in MARK.finditer(raw):
        text_parts.append(raw[pos:m.start()])
        if m.group(1) is not None:
            val, code, reg = m.group(1), m.group(2), m.group(3)
            if code not in TYPES:
                raise ValueError(f"unknown type code {code!r} in {raw[:60]!r}")
            item = {"text": val, "type": TYPES[code], "region": "INTL" if reg == "I" else "US"}
            if not any(i["text"] == val and i["type"] == item["type"] for i in idents):
                idents.append(item)
            text_parts.append(val)
        else:
            val = m.group(4)
            if val not in keeps:
                keeps.append(val)
            text_parts.append(val)
        pos = m.end()
    text_parts.append(raw[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced markup in {raw[:80]!r}")
    return text, idents, keeps


def parse_file(path):
    msgs, style, buf = [], None, []

    def flush():
        if style is None:
            return
        raw = "\n".join(buf).strip("\n")
        if raw.strip():
            text, idents, keeps = parse_block(raw)
            msgs.append({"style": style, "text": text, "identifiers": idents, "keep": keeps,
                         "file": Path(path).name})

    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            flush()
            style, buf = line[3:].strip(), []
        elif line.startswith("//"):
            continue
        else:
            buf.append(line)
    flush()
    return msgs


def parse_dir(d):
    out = []
    for p in sorted(Path(d).glob("*.txt")):
        out.extend(parse_file(p))
    return out


if __name__ == "__main__":
    import sys, collections
    ms = parse_dir(sys.argv[1] if len(sys.argv) > 1 else "hand")
    c = collections.Counter(i["type"] for m in ms for i in m["identifiers"])
    r = collections.Counter(i["region"] for m in ms for i in m["identifiers"])
    s = collections.Counter(m["style"] for m in ms)
    print(len(ms), "messages", sum(c.values()), "identifiers")
    print(dict(c)); print(dict(r)); print(dict(s))
