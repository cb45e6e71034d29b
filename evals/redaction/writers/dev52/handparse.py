"""Parser for the hand-written message files in hand/*.txt.

File format (my own markup):
  %% ...                      comment line (ignored, only outside/between messages)
  === <style> [!i]            starts a new message; "!i" makes INTL the default region for its identifiers
  message text, one or more lines, until the next "===" line (trailing blank lines dropped)

Inline markup inside the message text:
  [[text]]                    identifier, type PERSON, region = message default (US unless !i)
  [[text|CODE]]               CODE: P=PERSON L=LOCATION T=PHONE_NUMBER E=EMAIL_ADDRESS U=URL S=US_SSN
                              M=MEDICAL_RECORD_NUMBER D=DATE_OF_BIRTH A=ACCOUNT_NUMBER
  [[text|CODE/i]] [[text|CODE/us]]   region override (INTL / US)
  {{text}}                    a keep word (must survive redaction)
Identifier text may span lines (multi-line addresses). The same text marked twice is listed once.
"""
import re, glob, os

CODES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)(?:\|([A-Z])(/i|/us)?)?\]\]|\{\{(.+?)\}\}", re.S)


def parse_body(body, default_region, where):
    out, ids, keep, pos = [], [], [], 0
    for m in TOKEN.finditer(body):
        out.append(body[pos:m.start()])
        pos = m.end()
        if m.group(1) is not None:
            text, code, reg = m.group(1), m.group(2) or "P", m.group(3)
            region = {"/i": "INTL", "/us": "US", None: default_region}[reg]
            if code not in CODES:
                raise ValueError(f"{where}: bad code {code}")
            out.append(text)
            prev = [d for d in ids if d["text"] == text]
            if prev:
                if prev[0]["type"] != CODES[code]:
                    raise ValueError(f"{where}: {text!r} marked with two types")
            else:
                ids.append({"text": text, "type": CODES[code], "region": region})
        else:
            out.append(m.group(4))
            if m.group(4) not in keep:
                keep.append(m.group(4))
    out.append(body[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"{where}: unbalanced markup in {text[:80]!r}")
    return text, ids, keep


def parse_file(path):
    msgs, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for n, line in enumerate(lines, 1):
        if line.startswith("==="):
            if cur:
                msgs.append(cur)
            parts = line[3:].split()
            cur = {"style": parts[0], "region": "INTL" if "!i" in parts[1:] else "US",
                   "lines": [], "where": f"{os.path.basename(path)}:{n}"}
        elif cur is None:
            if line.strip() and not line.startswith("%%"):
                raise ValueError(f"{path}:{n}: text before first header")
        else:
            cur["lines"].append(line)
    if cur:
        msgs.append(cur)
    result = []
    for c in msgs:
        body = "\n".join(c["lines"]).strip("\n")
        text, ids, keep = parse_body(body, c["region"], c["where"])
        result.append({"style": c["style"], "text": text, "identifiers": ids, "keep": keep,
                       "source": "hand", "where": c["where"]})
    return result


def parse_all(folder):
    out = []
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        out.extend(parse_file(p))
    return out
