"""Parser for the hand-written message files in hand/*.txt.

Markup (my own):
  ### <style>            starts a new message; the message body is every line until the next "###"
  %% ...                 comment line (ignored)
  {{X:text}}             identifier, region US;   X is one of the type codes below
  {{Xi:text}}            identifier, region INTL
  <<text>>               keep word (must survive redaction)
Type codes: P PERSON, L LOCATION, T PHONE_NUMBER, E EMAIL_ADDRESS, U URL, S US_SSN,
            M MEDICAL_RECORD_NUMBER, D DATE_OF_BIRTH, A ACCOUNT_NUMBER.
An identifier may span lines (multi-line addresses). Repeated mentions of the same text only need
marking once: the label says every occurrence of an identifier text must go.
"""
import glob, os, re

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\{\{([PLTEUSMDA])(i?):(.*?)\}\}|<<(.*?)>>", re.S)


def parse_body(body):
    out, idents, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(body):
        out.append(body[pos:m.start()])
        if m.group(1):
            text = m.group(3)
            item = {"text": text, "type": TYPES[m.group(1)], "region": "INTL" if m.group(2) else "US"}
            if not any(x["text"] == text for x in idents):
                idents.append(item)
            else:
                prev = next(x for x in idents if x["text"] == text)
                if (prev["type"], prev["region"]) != (item["type"], item["region"]):
                    raise ValueError("conflicting labels for %r" % text)
        else:
            text = m.group(4)
            if text not in keep:
                keep.append(text)
        out.append(text)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "{{" in text or "}}" in text or "<<" in text or ">>" in text:
        raise ValueError("unparsed markup in: " + text[:80])
    return text, idents, keep


def parse_file(path):
    msgs, style, lines, start = [], None, [], 0

    def flush():
        if style is None:
            return
        body = "\n".join(lines).strip("\n")
        if not body.strip():
            return
        try:
            text, idents, keep = parse_body(body)
        except ValueError as e:
            raise ValueError("%s:%d: %s" % (path, start, e))
        msgs.append({"style": style, "text": text, "identifiers": idents, "keep": keep,
                     "source": "hand", "_where": "%s:%d" % (os.path.basename(path), start)})

    for n, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if line.startswith("%%"):
            continue
        if line.startswith("### "):
            flush()
            style, lines, start = line[4:].strip(), [], n
        else:
            lines.append(line)
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        msgs.extend(parse_file(p))
    return msgs
