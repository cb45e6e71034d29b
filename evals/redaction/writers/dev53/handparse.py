"""Parser for the inline markup used in hand/*.txt.

Markup (my own):
  === <style> <US|INTL>        starts a message; the region is the default for its identifiers
  [[text|C]]                   an identifier; C is one letter:
                                 P PERSON, L LOCATION, T PHONE_NUMBER, E EMAIL_ADDRESS, U URL,
                                 S US_SSN, M MEDICAL_RECORD_NUMBER, D DATE_OF_BIRTH, A ACCOUNT_NUMBER
  [[text|C/I]] or [[text|C/U]] the same, with the region forced to INTL or US
  {{text}}                     a keep word
Everything between two headers is the message text (leading/trailing blank lines dropped,
inner line breaks kept). Lines before the first header are ignored (file notes).
"""
import re

CODES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|([PLTESUMDA])(?:/([IU]))?\]\]|\{\{(.+?)\}\}", re.S)
HEADER = re.compile(r"^=== (\S+) (US|INTL)\s*$")


def parse_message(raw, style, region, where):
    out, ids, keep, spans = [], [], [], []
    pos = 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        if m.group(1) is not None:
            text, code, reg = m.group(1), m.group(2), m.group(3)
            r = {"I": "INTL", "U": "US"}.get(reg, region)
            ent = {"text": text, "type": CODES[code], "region": r}
            key = (text, ent["type"])
            old = [e for e in ids if (e["text"], e["type"]) == key]
            if old and old[0]["region"] != r:
                raise ValueError(f"{where}: {text!r} marked with two regions")
            if not old:
                ids.append(ent)
            spans.append((start, start + len(text)))
        else:
            text = m.group(4)
            if text not in keep:
                keep.append(text)
        out.append(text)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in text:
            raise ValueError(f"{where}: stray markup {bad!r}")
    # every occurrence of an identifier text must be one of the marked spans (or inside one)
    for e in ids:
        i = text.find(e["text"])
        while i >= 0:
            j = i + len(e["text"])
            if not any(a <= i and j <= b for a, b in spans):
                raise ValueError(f"{where}: unmarked occurrence of {e['text']!r} at {i}")
            i = text.find(e["text"], i + 1)
    return {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "hand"}


def parse_file(path):
    msgs, cur, head, lineno = [], [], None, 0
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    def flush():
        if head is None:
            return
        body = "\n".join(cur).strip("\n")
        if not body.strip():
            raise ValueError(f"{path}:{head[2]}: empty message")
        msgs.append(parse_message(body, head[0], head[1], f"{path}:{head[2]}"))
    for n, line in enumerate(lines, 1):
        m = HEADER.match(line)
        if m:
            flush()
            head, cur = (m.group(1), m.group(2), n), []
        elif line.startswith("=== "):
            raise ValueError(f"{path}:{n}: bad header {line!r}")
        elif head is not None:
            cur.append(line)
    flush()
    return msgs
