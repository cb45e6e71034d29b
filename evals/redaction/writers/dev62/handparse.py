"""Parser for the inline markup in hand/*.txt (see hand/README_markup.txt)."""
import re, glob, os

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|([PLTEUSMDA])(?:\|([IU]))?\]\]|\{\{(.+?)\}\}", re.S)


def parse_block(style, default_region, body, where):
    out, idents, keep, pos = [], [], [], 0
    for m in TOKEN.finditer(body):
        out.append(body[pos:m.start()])
        if m.group(1) is not None:
            text, code, reg = m.group(1), m.group(2), m.group(3)
            region = {"I": "INTL", "U": "US", None: default_region}[reg]
            idents.append({"text": text, "type": TYPES[code], "region": region})
            out.append(text)
        else:
            keep.append(m.group(4))
            out.append(m.group(4))
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unparsed markup in {where}: {text!r}")
    # dedupe, keep first-seen order; the same text must not carry two labels
    seen, uniq = {}, []
    for i in idents:
        if i["text"] in seen:
            if seen[i["text"]] != (i["type"], i["region"]):
                raise ValueError(f"conflicting labels for {i['text']!r} in {where}")
            continue
        seen[i["text"]] = (i["type"], i["region"])
        uniq.append(i)
    kuniq = list(dict.fromkeys(keep))
    return {"style": style, "text": text, "identifiers": uniq, "keep": kuniq, "source": "hand"}


def parse_file(path):
    msgs, cur, lines = [], None, []
    def flush():
        if cur is None:
            return
        body = "\n".join(lines).strip("\n").rstrip()
        if body.strip():
            msgs.append(parse_block(cur[0], cur[1], body, f"{os.path.basename(path)}:{cur[2]}"))
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f.read().split("\n"), 1):
            if line.startswith("%%"):
                continue
            if line.startswith("@@"):
                flush()
                parts = line[2:].split()
                style = parts[0]
                region = "INTL" if len(parts) > 1 and parts[1] == "INTL" else "US"
                cur, lines = (style, region, n), []
            else:
                lines.append(line)
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        if os.path.basename(path).startswith("README"):
            continue
        msgs.extend(parse_file(path))
    return msgs
