"""Parser for the inline markup used in hand/*.txt (see README.md, 'Markup').

  === <style> [INTL]          starts a message; INTL makes INTL the default region of its identifiers
  [[text|TYPE]]               an identifier, region = message default (US unless the header says INTL)
  [[text|TYPE|US]] / |INTL    an identifier with an explicit region
  {{text}}                    a keep entry
  lines starting with '##'    comments (ignored)

TYPE codes: P=PERSON LOC=LOCATION PH=PHONE_NUMBER EM=EMAIL_ADDRESS URL=URL SSN=US_SSN
            MRN=MEDICAL_RECORD_NUMBER DOB=DATE_OF_BIRTH ACC=ACCOUNT_NUMBER
"""
import re

TYPES = {"P": "PERSON", "LOC": "LOCATION", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "URL": "URL",
         "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ACC": "ACCOUNT_NUMBER"}
TOKEN = re.compile(r"\[\[(.+?)\|([A-Z]+)(?:\|(US|INTL))?\]\]|\{\{(.+?)\}\}", re.S)


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def parse_body(body, default_region, where):
    plain, marks, keeps, pos = [], [], [], 0
    cur = 0
    for m in TOKEN.finditer(body):
        plain.append(body[pos:m.start()])
        cur += m.start() - pos
        if m.group(1) is not None:
            t, code, reg = m.group(1), m.group(2), m.group(3) or default_region
            if code not in TYPES:
                raise ValueError(f"{where}: unknown type code {code!r}")
            marks.append((cur, cur + len(t), t, TYPES[code], reg))
            plain.append(t)
            cur += len(t)
        else:
            t = m.group(4)
            keeps.append(t)
            plain.append(t)
            cur += len(t)
        pos = m.end()
    plain.append(body[pos:])
    text = "".join(plain)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"{where}: unbalanced markup in {text[:80]!r}")
    # one entry per distinct identifier text; every occurrence of it must be a marked span
    ids, seen = [], {}
    for s, e, t, typ, reg in marks:
        if t in seen:
            if seen[t] != (typ, reg):
                raise ValueError(f"{where}: {t!r} marked twice with different type/region")
            continue
        seen[t] = (typ, reg)
        ids.append({"text": t, "type": typ, "region": reg})
    marked = {(s, e) for s, e, *_ in marks}
    for t in seen:
        extra = [o for o in occurrences(text, t) if o not in marked]
        if extra:
            raise ValueError(f"{where}: identifier {t!r} also occurs unmarked at {extra} in {text[:70]!r}")
    kk = []
    for k in keeps:
        if k not in kk:
            kk.append(k)
    return text, ids, kk


def parse_file(path):
    msgs, cur = [], None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, line in enumerate(lines, 1):
        if line.startswith("##"):
            continue
        if line.startswith("==="):
            if cur:
                msgs.append(cur)
            parts = line[3:].split()
            cur = {"style": parts[0], "region": "INTL" if "INTL" in parts[1:] else "US",
                   "lines": [], "where": f"{path}:{n}"}
            continue
        if cur is None:
            if line.strip():
                raise ValueError(f"{path}:{n}: text before first header")
            continue
        cur["lines"].append(line)
    if cur:
        msgs.append(cur)
    out, errors = [], []
    for m in msgs:
        body = "\n".join(m["lines"]).strip("\n")
        try:
            if not body.strip():
                raise ValueError(f"{m['where']}: empty message")
            text, ids, keep = parse_body(body, m["region"], m["where"])
        except ValueError as e:
            errors.append(str(e))
            continue
        out.append({"style": m["style"], "text": text, "identifiers": ids, "keep": keep, "where": m["where"]})
    if errors:
        raise ValueError("\n".join(errors))
    return out
