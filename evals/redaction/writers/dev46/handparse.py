"""Parser for the hand-written files in hand/*.txt.

Markup (my own):
  === <style>            starts a new message; everything up to the next "===" line is the message text
  {{text|X}}             identifier, region US;  {{text|X!}} identifier, region INTL
                         X: P=PERSON L=LOCATION T=PHONE_NUMBER E=EMAIL_ADDRESS U=URL S=US_SSN
                            M=MEDICAL_RECORD_NUMBER D=DATE_OF_BIRTH A=ACCOUNT_NUMBER
  [[text]]               keep word (must survive redaction)
Identifier text may span lines (multi-line addresses). Trailing blank lines of a message are dropped.
"""
import glob, os, re

CODES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\{\{(.+?)\|([PLTEUSMDA])(!?)\}\}|\[\[(.+?)\]\]", re.S)


def parse_block(style, raw, where):
    text, ids, keep, spans = [], [], [], []
    pos, cur = 0, 0
    raw = raw.strip("\n")
    for m in TOKEN.finditer(raw):
        text.append(raw[pos:m.start()])
        cur += m.start() - pos
        if m.group(1) is not None:
            t = m.group(1)
            ids.append({"text": t, "type": CODES[m.group(2)], "region": "INTL" if m.group(3) else "US"})
            spans.append((cur, cur + len(t)))
        else:
            t = m.group(4)
            keep.append(t)
        text.append(t)
        cur += len(t)
        pos = m.end()
    text.append(raw[pos:])
    text = "".join(text)
    for bad in ("{{", "}}", "[[", "]]"):
        if bad in text:
            raise ValueError(f"{where}: stray markup {bad!r} in: {text[:80]}")
    seen, uniq = {}, []
    for i in ids:
        if i["text"] in seen:
            if seen[i["text"]] != (i["type"], i["region"]):
                raise ValueError(f"{where}: {i['text']!r} marked with two labels")
            continue
        seen[i["text"]] = (i["type"], i["region"])
        uniq.append(i)
    k_uniq = list(dict.fromkeys(keep))
    # occurrences of an identifier text outside every marked span: unmarked uses of the same string
    stray = []
    for i in uniq:
        k = text.find(i["text"])
        while k >= 0:
            if not any(a <= k and k + len(i["text"]) <= b for a, b in spans):
                stray.append(i["text"])
            k = text.find(i["text"], k + 1)
    return {"style": style, "text": text, "identifiers": uniq, "keep": k_uniq, "source": "hand", "_stray": stray}


def parse_all(folder):
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        style, buf, start = None, [], 0
        lines = open(path, encoding="utf-8").read().split("\n")
        for n, line in enumerate(lines + ["=== END"], 1):
            if line.startswith("=== "):
                if style is not None:
                    out.append(parse_block(style, "\n".join(buf).rstrip(), f"{os.path.basename(path)}:{start}"))
                style, buf, start = line[4:].strip(), [], n
            else:
                buf.append(line)
    return out
