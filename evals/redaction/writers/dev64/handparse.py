"""Parse the hand-written files in hand/ (markup described in hand/01_family_chat.txt and README.md)."""
import os, re

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
MARK = re.compile(r"\[\[(.+?)\|([PLTEUSMDAplteusmda])\]\]|\{\{(.+?)\}\}", re.S)


def parse_markup(src):
    """Return (text, identifiers, keep) from one marked-up message."""
    out, ids, keep, pos = [], [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        if m.group(1) is not None:
            val, code = m.group(1), m.group(2)
            region = "US" if code.isupper() else "INTL"
            item = {"text": val, "type": TYPES[code.upper()], "region": region}
            if not any(i["text"] == val for i in ids):
                ids.append(item)
            else:
                prev = next(i for i in ids if i["text"] == val)
                if (prev["type"], prev["region"]) != (item["type"], item["region"]):
                    raise ValueError("conflicting labels for %r" % val)
            out.append(val)
        else:
            val = m.group(3)
            if val not in keep:
                keep.append(val)
            out.append(val)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup in: " + text[:80])
    return text, ids, keep


def read_hand(folder):
    msgs = []
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".txt"):
            continue
        style, buf = None, []
        def flush():
            if style is not None:
                src = "\n".join(buf).strip("\n")
                text, ids, keep = parse_markup(src)
                msgs.append({"style": style, "text": text, "identifiers": ids, "keep": keep,
                             "source": "hand", "_file": fn})
        for line in open(os.path.join(folder, fn), encoding="utf-8").read().split("\n"):
            if line.startswith("=== "):
                flush()
                style, buf = line[4:].strip(), []
            elif style is None:
                continue  # header comments
            else:
                buf.append(line)
        flush()
    return msgs


if __name__ == "__main__":
    import collections
    ms = read_hand(os.path.join(os.path.dirname(__file__) or ".", "hand"))
    ids = [i for m in ms for i in m["identifiers"]]
    print(len(ms), "messages", len(ids), "identifiers")
    print(collections.Counter((i["type"], i["region"]) for i in ids))
    print(collections.Counter(m["style"] for m in ms))
