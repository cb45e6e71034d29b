"""Parse the hand-written message files in hand/ (markup described at the top of each file)."""
import re, glob, os

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[([A-Z])(\*?):(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def parse_block(raw):
    out, ids, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1):
            code, star, txt = m.group(1), m.group(2), m.group(3)
            if code not in TYPES:
                raise ValueError(f"bad code {code!r} in {raw[:60]!r}")
            ids.append({"text": txt, "type": TYPES[code], "region": "INTL" if star else "US"})
            out.append(txt)
        else:
            keep.append(m.group(4))
            out.append(m.group(4))
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unparsed markup in {text[:80]!r}")
    # dedupe; same text must carry the same type/region
    seen, uniq = {}, []
    for i in ids:
        if i["text"] in seen:
            if (seen[i["text"]]["type"], seen[i["text"]]["region"]) != (i["type"], i["region"]):
                raise ValueError(f"conflicting labels for {i['text']!r}")
            continue
        seen[i["text"]] = i
        uniq.append(i)
    kuniq = list(dict.fromkeys(keep))
    return text, uniq, kuniq


def load_hand(folder):
    msgs = []
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        lines = [l for l in open(path, encoding="utf-8").read().split("\n") if not l.startswith("%%")]
        cur_style, buf = None, []
        def flush():
            if cur_style is None:
                return
            raw = "\n".join(buf).strip("\n").rstrip()
            text, ids, keep = parse_block(raw)
            msgs.append({"style": cur_style, "text": text, "identifiers": ids, "keep": keep,
                         "source": "hand", "_file": os.path.basename(path)})
        for l in lines:
            if l.startswith("## "):
                flush()
                cur_style, buf = l[3:].strip(), []
            else:
                buf.append(l)
        flush()
    return msgs
