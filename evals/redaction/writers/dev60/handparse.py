"""Parse the hand-written message files in hand/*.txt (markup described at the top of each file)."""
import re, glob, os

CODES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|([A-Z])(?::([UI]))?\]\]|\{\{(.+?)\}\}", re.S)
HEADER = re.compile(r"^@@\s+(\w+)(?:\s+(INTL|US))?\s*$")


def parse_message(style, default_region, raw, where):
    out, ids, keep = [], {}, []
    pos = 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1) is not None:
            text, code, reg = m.group(1), m.group(2), m.group(3)
            if code not in CODES:
                raise ValueError(f"{where}: bad code {code}")
            region = {"U": "US", "I": "INTL", None: default_region}[reg]
            typ = CODES[code]
            if text in ids and ids[text] != (typ, region):
                raise ValueError(f"{where}: {text!r} labelled twice differently")
            ids[text] = (typ, region)
            out.append(text)
        else:
            k = m.group(4)
            if k not in keep:
                keep.append(k)
            out.append(k)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"{where}: leftover markup: {text!r}")
    return {"style": style, "text": text,
            "identifiers": [{"text": t, "type": ty, "region": rg} for t, (ty, rg) in ids.items()],
            "keep": keep, "source": "hand", "where": where}


def parse_file(path):
    msgs, cur, lines = [], None, []
    started = False
    def flush():
        if cur is not None:
            raw = "\n".join(lines).strip("\n").rstrip()
            msgs.append(parse_message(cur[0], cur[1], raw, f"{os.path.basename(path)}:{cur[2]}"))
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f.read().split("\n"), 1):
            h = HEADER.match(line)
            if h:
                flush()
                started = True
                cur = (h.group(1), h.group(2) or "US", n)
                lines = []
            elif line.startswith("@@"):
                raise ValueError(f"{path}:{n}: bad header {line!r}")
            elif started:
                lines.append(line)
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        msgs.extend(parse_file(p))
    return msgs


if __name__ == "__main__":
    import sys, collections
    ms = parse_all(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hand"))
    c = collections.Counter(i["type"] for m in ms for i in m["identifiers"])
    r = collections.Counter(i["region"] for m in ms for i in m["identifiers"])
    s = collections.Counter(m["style"] for m in ms)
    print(len(ms), "messages", sum(c.values()), "ids"); print(dict(c)); print(dict(r)); print(dict(s))
