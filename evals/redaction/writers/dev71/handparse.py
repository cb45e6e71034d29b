"""Parse the hand-written message files in hand/*.txt (markup described at the top of each file)."""
import glob, os, re

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "W": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|([PLTEWSMDA])(?:\|([IU]))?\]\]|\{\{(.+?)\}\}", re.S)


def parse_message(raw):
    out, idents, keep, pos = [], [], [], 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1) is not None:
            text, t, r = m.group(1), TYPES[m.group(2)], ("INTL" if m.group(3) == "I" else "US")
            out.append(text)
            item = {"text": text, "type": t, "region": r}
            if item not in idents:
                idents.append(item)
        else:
            out.append(m.group(4))
            if m.group(4) not in keep:
                keep.append(m.group(4))
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup: " + text[:80])
    seen = {}
    for i in idents:
        if seen.setdefault(i["text"], i["type"]) != i["type"]:
            raise ValueError("one text, two types: " + i["text"])
    return text, idents, keep


def parse_file(path):
    msgs, style, buf = [], None, []

    def flush():
        if style is not None:
            raw = "\n".join(buf).strip()
            if raw:
                text, idents, keep = parse_message(raw)
                msgs.append({"style": style, "text": text, "identifiers": idents, "keep": keep,
                             "file": os.path.basename(path)})

    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("%%"):
            continue
        if line.startswith("=== "):
            flush()
            style, buf = line[4:].strip(), []
        else:
            buf.append(line)
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        msgs.extend(parse_file(p))
    return msgs


if __name__ == "__main__":
    import collections, sys
    ms = parse_all(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hand"))
    c = collections.Counter((i["type"], i["region"]) for m in ms for i in m["identifiers"])
    print(len(ms), "messages", sum(c.values()), "identifiers")
    for k, v in sorted(c.items()):
        print(k, v)
    print(collections.Counter(m["style"] for m in ms))
