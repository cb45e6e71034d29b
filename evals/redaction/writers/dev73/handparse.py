"""Parser for the hand-file markup described in hand/FORMAT.md."""
import re, glob, os

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[([PLTEUSMDA])([iu])?:(.+?)\]|\{(.+?)\}", re.S)

def parse_message(style, default_region, raw):
    out, idents, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1):
            letter, reg, txt = m.group(1), m.group(2), m.group(3)
            region = {"i": "INTL", "u": "US"}.get(reg, default_region)
            idents.append({"text": txt, "type": TYPES[letter], "region": region})
            out.append(txt)
        else:
            keep.append(m.group(4))
            out.append(m.group(4))
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    # dedupe (same text+type once); keep order
    seen, ded = set(), []
    for i in idents:
        k = (i["text"], i["type"])
        if k not in seen:
            seen.add(k); ded.append(i)
    kseen, kd = set(), []
    for k in keep:
        if k not in kseen:
            kseen.add(k); kd.append(k)
    return {"style": style, "text": text, "identifiers": ded, "keep": kd, "source": "hand"}

def parse_file(path):
    msgs = []
    cur = None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("%%"):
            continue
        if line.startswith("==="):
            if cur: msgs.append(cur)
            parts = line[3:].split()
            style = parts[0]
            region = "INTL" if "INTL" in parts[1:] else "US"
            cur = [style, region, []]
            continue
        if cur is not None:
            cur[2].append(line)
    if cur: msgs.append(cur)
    res = []
    for style, region, lines in msgs:
        raw = "\n".join(lines).strip("\n").rstrip()
        if not raw.strip():
            continue
        res.append(parse_message(style, region, raw))
    return res

def parse_all(folder):
    res = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        res.extend(parse_file(p))
    return res
