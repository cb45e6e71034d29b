"""Parser for the hand-written message files (hand_*.txt) of writer dev78.

File format
  %% comment line (ignored)
  @@ style_name            starts a new message; the lines after it (until the next @@) are the message
  [[text|C]]               an identifier, C = P L T E U S M D A (PERSON, LOCATION, PHONE_NUMBER,
                           EMAIL_ADDRESS, URL, US_SSN, MEDICAL_RECORD_NUMBER, DATE_OF_BIRTH,
                           ACCOUNT_NUMBER); add "i" for region INTL (default US): [[text|Pi]]
  {{text}}                 a keep word
Identifier text may span a line break (a number split over two lines).
"""
import re

CODES = {
    "P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
    "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER",
}
TOKEN = re.compile(r"\[\[([^\[\]|]+?)\|([PLTESUMDA])(i?)\]\]|\{\{([^{}]+?)\}\}")


def parse_message(raw):
    """Return (text, identifiers, keep) from one marked-up message."""
    out, idents, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1) is not None:
            t = m.group(1)
            idents.append({"text": t, "type": CODES[m.group(2)], "region": "INTL" if m.group(3) else "US"})
            out.append(t)
        else:
            t = m.group(4)
            keep.append(t)
            out.append(t)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out).strip("\n")
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup in: " + text[:80])
    # de-duplicate (same text listed once); conflicting types are an error
    seen, uniq = {}, []
    for d in idents:
        if d["text"] in seen:
            if seen[d["text"]] != (d["type"], d["region"]):
                raise ValueError(f"conflicting labels for {d['text']!r}")
            continue
        seen[d["text"]] = (d["type"], d["region"])
        uniq.append(d)
    kuniq = []
    for k in keep:
        if k not in kuniq:
            kuniq.append(k)
    return text, uniq, kuniq


def parse_file(path):
    msgs, style, buf = [], None, []

    def flush():
        if style is not None:
            raw = "\n".join(buf)
            text, idents, keep = parse_message(raw)
            msgs.append({"style": style, "text": text, "identifiers": idents, "keep": keep,
                         "source": "hand", "_file": path})

    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("%%"):
                continue
            if line.startswith("@@ "):
                flush()
                style, buf = line[3:].strip(), []
            else:
                buf.append(line)
    flush()
    return msgs
