"""Parser for the inline markup used in hand/*.txt (dev67).

Markup
------
* A message starts with a header line ``=== <style>``; an optional ``!I`` after the style makes INTL the
  default region for that message (otherwise US). Everything up to the next header is the message text
  (leading/trailing blank lines are dropped, inner newlines are kept).
* ``[[text|C]]`` or ``[[text|C|R]]`` marks an identifier. C is a one-letter type code, R is ``I`` (INTL)
  or ``U`` (US). Codes: P PERSON, L LOCATION, T PHONE_NUMBER, E EMAIL_ADDRESS, U URL, S US_SSN,
  M MEDICAL_RECORD_NUMBER, D DATE_OF_BIRTH, A ACCOUNT_NUMBER. The marked text may span lines.
* ``<<text>>`` marks a keep word.
* Lines starting with ``%%`` are comments and are dropped.

Every occurrence of an identifier text in the final message must itself be marked (checked here), so the
writer cannot leave an unmarked second "Hope" or "Rose" behind.
"""
import re

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|([PLTEUSMDA])(?:\|([IU]))?\]\]|<<(.+?)>>", re.S)


def parse_message(raw, default_region):
    out, idents, keeps, marked = [], [], [], []
    pos = 0
    length = 0
    for m in TOKEN.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1) is not None:
            text, code, reg = m.group(1), m.group(2), m.group(3)
            region = {"I": "INTL", "U": "US"}.get(reg, default_region)
            idents.append((text, TYPES[code], region))
            marked.append((length, text))
            out.append(text)
            length += len(text)
        else:
            keeps.append(m.group(4))
            out.append(m.group(4))
            length += len(m.group(4))
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
        raise ValueError("unparsed markup in: %r" % text[:120])
    # every occurrence of an identifier text must be one of the marked spans
    # (or lie inside a longer marked identifier)
    spans = [(s, s + len(t)) for s, t in marked]
    problems = []
    for t, _, _ in idents:
        start = 0
        while True:
            i = text.find(t, start)
            if i < 0:
                break
            if not any(a <= i and i + len(t) <= b for a, b in spans):
                problems.append("unmarked occurrence of %r at %d" % (t, i))
            start = i + 1
    # dedupe identifiers by (text, type), keep first region; conflicting labels are an error
    seen = {}
    ded = []
    for t, ty, rg in idents:
        if t in seen:
            if seen[t] != (ty, rg):
                problems.append("conflicting labels for %r: %s vs %s" % (t, seen[t], (ty, rg)))
            continue
        seen[t] = (ty, rg)
        ded.append({"text": t, "type": ty, "region": rg})
    kd = []
    for k in keeps:
        if k not in kd:
            kd.append(k)
    return text, ded, kd, problems


def parse_file(path):
    msgs = []
    cur = None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for ln in lines:
        if ln.startswith("%%"):
            continue
        if ln.startswith("=== "):
            if cur:
                msgs.append(cur)
            parts = ln[4:].split()
            style = parts[0]
            region = "INTL" if "!I" in parts[1:] else "US"
            cur = {"style": style, "region": region, "lines": []}
        elif cur is not None:
            cur["lines"].append(ln)
        elif ln.strip():
            raise ValueError("text before first header in %s: %r" % (path, ln))
    if cur:
        msgs.append(cur)
    result = []
    for m in msgs:
        raw = "\n".join(m["lines"]).strip("\n")
        raw = raw.rstrip()
        text, idents, keeps, problems = parse_message(raw, m["region"])
        if problems:
            raise ValueError("%s: %s\n  in: %r" % (path, "; ".join(problems), text[:160]))
        result.append({"style": m["style"], "text": text, "identifiers": idents, "keep": keeps,
                       "source": "hand"})
    return result
