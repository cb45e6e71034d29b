"""Parse the hand-written message files (hand*.txt) into records."""
import re, glob, os

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|(PH|P|L|E|U|S|M|D|A)(?:\|(I))?\]\]|\{\{(.+?)\}\}", re.S)


def parse_block(style, body):
    out, idents, keep, pos = [], [], [], 0
    for m in TOKEN.finditer(body):
        out.append(body[pos:m.start()])
        if m.group(4) is not None:
            k = m.group(4)
            out.append(k)
            if k not in keep:
                keep.append(k)
        else:
            val, t, intl = m.group(1), TYPES[m.group(2)], m.group(3)
            out.append(val)
            ent = {"text": val, "type": t, "region": "INTL" if intl else "US"}
            if not any(e["text"] == val and e["type"] == t for e in idents):
                idents.append(ent)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup in: " + text[:80])
    return {"style": style, "text": text, "identifiers": idents, "keep": keep, "source": "hand"}


def load_hand(folder):
    recs = []
    for path in sorted(glob.glob(os.path.join(folder, "hand*.txt"))):
        style, buf = None, []
        def flush():
            if style is not None:
                body = "\n".join(buf).strip("\n").rstrip()
                recs.append(parse_block(style, body))
        for line in open(path, encoding="utf-8").read().split("\n"):
            if line.startswith("#") and style is None:
                continue
            if line.startswith("=== "):
                flush()
                style, buf = line[4:].strip(), []
            else:
                buf.append(line)
        flush()
    return recs
