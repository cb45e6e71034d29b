"""Parser for the inline markup used in hand/*.txt.

Markup (my own):
  @ style            starts a new message (style name after '@ ')
  %% ...             comment line (ignored)
  [X:text]           identifier, X in P L T E U S M D A, region US
  [X*:text]          same, region INTL
  {text}             keep word
Text between '@' lines is the message (leading/trailing blank lines stripped; inner newlines kept).
"""
import re, glob, os

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
MARK = re.compile(r"\[([PLTEUSMDAplteusmda])(\*?):(.*?)\]|\{(.*?)\}", re.S)


def parse_block(style, raw, where, spans=None):
    """Turn markup into a record. If spans is a list, (start, end) of every marked identifier is appended."""
    out, ids, keep, pos = [], [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1):
            t = m.group(3)
            if spans is not None:
                n0 = sum(len(x) for x in out)
                spans.append((n0, n0 + len(t)))
            ty, reg = TYPES[m.group(1).upper()], ("INTL" if m.group(2) else "US")
            prev = [i for i in ids if i["text"] == t]
            if prev:
                if (prev[0]["type"], prev[0]["region"]) != (ty, reg):
                    raise ValueError(f"{where}: {t!r} marked twice differently")
            else:
                ids.append({"text": t, "type": ty, "region": reg})
            out.append(t)
        else:
            t = m.group(4)
            if t not in keep:
                keep.append(t)
            out.append(t)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for ch in "[]{}":
        if ch in text:
            raise ValueError(f"{where}: stray {ch!r} in {text[:80]!r}")
    return {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "hand"}


def parse_file(path):
    msgs, style, buf, start = [], None, [], 0
    lines = open(path, encoding="utf-8").read().split("\n")

    def flush():
        if style is not None:
            raw = "\n".join(buf).strip("\n").rstrip()
            if raw:
                msgs.append(parse_block(style, raw, f"{os.path.basename(path)}:{start}"))

    for n, line in enumerate(lines, 1):
        if line.startswith("%%"):
            continue
        if line.startswith("@ "):
            flush()
            style, buf, start = line[2:].strip(), [], n
        else:
            buf.append(line)
    flush()
    return msgs


def parse_all(folder):
    msgs = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        msgs.extend(parse_file(p))
    return msgs
